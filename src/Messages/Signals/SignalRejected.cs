namespace FractalTrader.Messages.Signals;

/// <summary>The risk guardian's refusal of a signal, with the rule that refused it. Published on the event stream. Immutable.</summary>
/// <param name="SignalId">The signal.</param>
/// <param name="Symbol">Coin.</param>
/// <param name="Reason">Why, e.g. <c>trading is HALTED: …</c> or <c>already decided</c>.</param>
public sealed record SignalRejected(string SignalId, string Symbol, string Reason);
