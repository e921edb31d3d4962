namespace FractalTrader.Host.Management;

/// <summary>The body of a management API refusal: one line an operator can act on. Immutable.</summary>
/// <param name="Error">What went wrong.</param>
public sealed record ManagementError(string Error);
