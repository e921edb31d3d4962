namespace FractalTrader.Trading.Risk;

/// <summary>One change of <see cref="TradingState"/> with its reason and time. Immutable.</summary>
/// <param name="From">State before.</param>
/// <param name="To">State after.</param>
/// <param name="Reason">Why it changed.</param>
/// <param name="At">When (UTC).</param>
public sealed record StateTransition(TradingState From, TradingState To, string Reason, DateTimeOffset At);
