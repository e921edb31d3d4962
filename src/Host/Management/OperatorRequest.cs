namespace FractalTrader.Host.Management;

/// <summary>The body of an operator command: why it is given (journaled with the new trading state). Immutable.</summary>
/// <param name="Reason">Free text, e.g. "exchange maintenance at 14:00".</param>
public sealed record OperatorRequest(string? Reason);
