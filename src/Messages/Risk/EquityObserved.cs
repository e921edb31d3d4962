namespace FractalTrader.Messages.Risk;

/// <summary>The account's equity as the venue reported it. Immutable.</summary>
/// <param name="Equity">Account value (balance plus unrealized PnL).</param>
/// <param name="At">When it was read.</param>
public sealed record EquityObserved(decimal Equity, DateTimeOffset At);
