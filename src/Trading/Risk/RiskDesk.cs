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
        var state = guardian.CanOpen(signal.Symbol);
        if (!state.Approved)
        {
            return new EntryReview(false, 0m, state.Reason, null, null);
        }

        if (!instruments.TryGetValue(signal.Symbol, out var instrument))
        {
            return new EntryReview(false, 0m, $"{signal.Symbol}: no venue rules (lot size, minimum order value)", null, null);
        }

        var entry = entryPrice ?? signal.Entry;
        var request = new SizingRequest(guardian.Equity, entry, signal.StopLoss, signal.Confidence, ConsecutiveWins: consecutiveWins, ConsecutiveLosses: consecutiveLosses);
        var sizing = PositionSizer.Size(request, Sizing, instrument);
        if (!sizing.Approved)
        {
            return new EntryReview(false, 0m, sizing.Reason, sizing, null);
        }

        var portfolio = PortfolioGate.Check(open, instrument, signal.Direction, sizing.Size, entry, guardian.Equity!.Value, Limits);
        return portfolio.Approved
            ? new EntryReview(true, portfolio.Size, $"{sizing.Reason}; {portfolio.Reason}", sizing, portfolio)
            : new EntryReview(false, 0m, portfolio.Reason, sizing, portfolio);
    }
}
