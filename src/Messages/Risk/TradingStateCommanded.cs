using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Risk;

/// <summary>
/// Journal event: someone asked for a trading state: an operator (halt, resume, emergency
/// stop), the reconciler past its divergence budget, or a failing strategy. Immutable.
/// </summary>
/// <param name="Target">The state asked for.</param>
/// <param name="Reason">Why.</param>
/// <param name="Source">Who: <c>operator</c>, <c>reconciler</c>, <c>strategies</c>.</param>
/// <param name="At">When.</param>
public sealed record TradingStateCommanded(RiskState Target, string Reason, string Source, DateTimeOffset At) : IJournalEvent;
