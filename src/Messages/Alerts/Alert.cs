namespace FractalTrader.Messages.Alerts;

/// <summary>Something an operator must know, published on the event stream and logged. Immutable.</summary>
/// <param name="Severity">How urgent.</param>
/// <param name="Source">Who raised it, e.g. <c>reconciler</c>.</param>
/// <param name="Text">What happened, naming the symbol and the figures.</param>
/// <param name="At">When.</param>
public sealed record Alert(AlertSeverity Severity, string Source, string Text, DateTimeOffset At);
