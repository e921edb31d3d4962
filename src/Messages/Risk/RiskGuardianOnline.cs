namespace FractalTrader.Messages.Risk;

/// <summary>The risk guardian finished recovery and decides signals again; the order router sends new entries only while it is online. Immutable.</summary>
/// <param name="Incarnation">Identifies this run of the guardian (a new one after each restart).</param>
public sealed record RiskGuardianOnline(string Incarnation);
