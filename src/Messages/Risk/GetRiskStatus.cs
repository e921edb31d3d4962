namespace FractalTrader.Messages.Risk;

/// <summary>Asks the risk guardian for a <see cref="RiskStatus"/>.</summary>
public sealed record GetRiskStatus;
