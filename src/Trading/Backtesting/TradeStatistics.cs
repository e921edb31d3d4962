namespace FractalTrader.Trading.Backtesting;

/// <summary>Trade-based figures for a set of trades (all, one strategy, or one symbol). Immutable.</summary>
/// <param name="Trades">Number of round trips.</param>
/// <param name="WinRate">Share of trades with a positive net profit.</param>
/// <param name="ProfitFactor">Gross profit / gross loss; null when there is no loss.</param>
/// <param name="Expectancy">Mean net profit per trade.</param>
/// <param name="AverageR">Mean R multiple.</param>
/// <param name="NetPnl">Sum of net profits.</param>
/// <param name="Fees">Sum of fees.</param>
public sealed record TradeStatistics(int Trades, double WinRate, double? ProfitFactor, decimal Expectancy, double AverageR, decimal NetPnl, decimal Fees)
{
    /// <summary>Figures of <paramref name="trades"/>.</summary>
    public static TradeStatistics Of(IReadOnlyCollection<BacktestTrade> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        if (trades.Count == 0)
        {
            return new TradeStatistics(0, 0, null, 0m, 0, 0m, 0m);
        }

        var wins = 0;
        var grossProfit = 0m;
        var grossLoss = 0m;
        var net = 0m;
        var fees = 0m;
        var r = 0m;
        foreach (var trade in trades)
        {
            net += trade.NetPnl;
            fees += trade.Fees;
            r += trade.RMultiple;
            if (trade.NetPnl > 0)
            {
                wins++;
                grossProfit += trade.NetPnl;
            }
            else
            {
                grossLoss -= trade.NetPnl;
            }
        }

        double? profitFactor = grossLoss > 0 ? (double)(grossProfit / grossLoss) : null;
        return new TradeStatistics(trades.Count, (double)wins / trades.Count, profitFactor, net / trades.Count, (double)(r / trades.Count), net, fees);
    }
}
