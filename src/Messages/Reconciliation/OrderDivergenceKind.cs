namespace FractalTrader.Messages.Reconciliation;

/// <summary>How the order journal and the venue's open orders disagree on one order.</summary>
public enum OrderDivergenceKind
{
    /// <summary>Open at the venue under a client id the journal never requested (or with none): an orphan.</summary>
    UnknownToJournal = 0,

    /// <summary>Open at the venue although the journal holds it done (filled, cancelled, rejected, never placed): an orphan.</summary>
    FinishedInJournal = 1,

    /// <summary>Resting as far as the journal knows, absent from the venue's open orders; settled by the venue's status.</summary>
    MissingAtVenue = 2,
}
