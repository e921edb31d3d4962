namespace FractalTrader.Trading.Risk;

/// <summary>What sizing a signal needs to know. Immutable.</summary>
/// <param name="Equity">Account equity; null when it could not be read (sizing then refuses).</param>
/// <param name="Entry">Entry price.</param>
/// <param name="StopLoss">Stop price.</param>
/// <param name="Confidence">Signal confidence, 0..100.</param>
/// <param name="CurrentAtr">Current ATR, if known.</param>
/// <param name="BaselineAtr">Baseline ATR the current one is compared with, if known.</param>
/// <param name="ConsecutiveWins">Winning trades in a row, most recent first.</param>
/// <param name="ConsecutiveLosses">Losing trades in a row, most recent first.</param>
public sealed record SizingRequest(
    decimal? Equity,
    decimal Entry,
    decimal StopLoss,
    int Confidence,
    decimal? CurrentAtr = null,
    decimal? BaselineAtr = null,
    int ConsecutiveWins = 0,
    int ConsecutiveLosses = 0);
