namespace FractalTrader.Drills.Tests;

/// <summary>What a drill found, printed as one line. Mutable while the drill runs; not thread-safe.</summary>
internal sealed class DrillSummary
{
    public int Rounds { get; set; }

    public int LostEvents { get; set; }

    public int DuplicateOrders { get; set; }

    public int Divergences { get; set; }

    public int LedgerMismatches { get; set; }

    public int TradedBeforeReady { get; set; }

    public int Orders { get; set; }

    public int Fills { get; set; }

    /// <summary>What fails the drill.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>What the drill reports without failing (divergences found while trading rather than at a restart).</summary>
    public List<string> Notes { get; } = [];

    public override string ToString() =>
        $"drill: rounds {Rounds}, lost events {LostEvents}, duplicate orders {DuplicateOrders}, divergences {Divergences}, "
        + $"ledger mismatches {LedgerMismatches}, entries before ready {TradedBeforeReady} ({Orders} orders, {Fills} fills at the venue)";
}
