namespace FractalTrader.Messages.Reconciliation;

/// <summary>How the ledger and the venue disagree on one symbol.</summary>
public enum DivergenceKind
{
    /// <summary>The venue holds a position the ledger does not know (adopted, never doubled).</summary>
    UnknownVenuePosition = 0,

    /// <summary>The ledger holds a position the venue does not.</summary>
    MissingAtVenue = 1,

    /// <summary>Same direction, different size.</summary>
    SizeMismatch = 2,

    /// <summary>Opposite directions.</summary>
    DirectionMismatch = 3,
}
