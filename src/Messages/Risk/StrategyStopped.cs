namespace FractalTrader.Messages.Risk;

/// <summary>A symbol's strategy failed too often and was stopped; the risk guardian alerts and trades nothing new in it. Immutable.</summary>
/// <param name="Symbol">Coin.</param>
/// <param name="Reason">Why it was stopped.</param>
public sealed record StrategyStopped(string Symbol, string Reason);
