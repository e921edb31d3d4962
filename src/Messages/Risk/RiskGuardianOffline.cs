namespace FractalTrader.Messages.Risk;

/// <summary>The risk guardian stopped (crash, restart, shutdown): the order router sends no new entry until it is online again. Immutable.</summary>
/// <param name="Incarnation">The run that stopped.</param>
public sealed record RiskGuardianOffline(string Incarnation);
