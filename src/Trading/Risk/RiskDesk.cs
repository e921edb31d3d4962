using FractalTrader.Trading.Strategies;

namespace FractalTrader.Trading.Risk;

/// <summary>
/// Reviews a signal for entry: trading state and data freshness (<see cref="RiskGuardian"/>), then
/// sizing (<see cref="PositionSizer"/>), then the book's limits (<see cref="PortfolioGate"/>).
/// The same review runs live and in backtests. Immutable configuration; thread-safe.
/// </summary>
public sealed class RiskDesk
{
    private readonly IReadOnlyDictionary<string, InstrumentRules> instruments;

    /// <summary>Creates the desk with its rules and the venue rules of every tradable symbol.</summary>
    public RiskDesk(SizingRules sizing, PortfolioLimits limits, IEnumerable<InstrumentRules> instruments)
    {
        Sizing = sizing ?? throw new ArgumentNullException(nameof(sizing));
        Limits = limits ?? throw new ArgumentNullException(nameof(limits));
        ArgumentNullException.ThrowIfNull(instruments);
        this.instruments = instruments.ToDictionary(i => i.Symbol, StringComparer.Ordinal);
    }

    /// <summary>Sizing rules.</summary>
    public SizingRules Sizing { get; }

    /// <summary>Book limits.</summary>
    public PortfolioLimits Limits { get; }

    /// <summary>The venue rules of <paramref name="symbol"/>.</summary>
    /// <exception cref="KeyNotFoundException">An unknown symbol; the message names it.</exception>
    public InstrumentRules Instrument(string symbol) =>
        instruments.TryGetValue(symbol, out var rules) ? rules : throw new KeyNotFoundException($"No venue rules for symbol '{symbol}'.");

    /// <summary>Reviews <paramref name="signal"/> for an entry at <paramref name="entryPrice"/> (the signal's entry when null).</summary>
    public EntryReview Review(
        Signal signal,
        RiskGuardian guardian,
        IReadOnlyCollection<(Position Position, decimal MarkPrice)> open,
        int consecutiveWins,
        int consecutiveLosses,
        decimal? entryPrice = null)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(guardian);
        ArgumentNullException.ThrowIfNull(open);
        return Assess(signal, guardian, PortfolioGate.Positions(open), consecutiveWins, consecutiveLosses, entryPrice ?? signal.Entry).ToReview();
    }

    /// <summary>The review of <see cref="Review"/> without its records: what a backtest asks for each signal.</summary>
    internal EntryAssessment Assess(
        Signal signal,
        RiskGuardian guardian,
        ReadOnlySpan<(Position Position, decimal MarkPrice)> open,
        int consecutiveWins,
        int consecutiveLosses,
        decimal entry)
    {
        var state = guardian.CanOpen(signal.Symbol);
        if (!state.Approved)
        {
            return EntryAssessment.Refused(state.Reason);
        }

        if (!instruments.TryGetValue(signal.Symbol, out var instrument))
        {
            return EntryAssessment.Refused($"{signal.Symbol}: no venue rules (lot size, minimum order value)");
        }

        var sizing = PositionSizer.Measure(guardian.Equity, entry, signal.StopLoss, signal.Confidence, null, null, consecutiveWins, consecutiveLosses, Sizing, instrument);
        if (!sizing.Approved)
        {
            return new EntryAssessment(null, sizing, null);
        }

        var portfolio = PortfolioGate.Check(open, instrument, signal.Direction, sizing.Size, entry, guardian.Equity!.Value, Limits);
        return new EntryAssessment(null, sizing, portfolio);
    }
}
