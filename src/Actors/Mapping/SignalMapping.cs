using FractalTrader.Messages.Signals;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Actors.Mapping;

/// <summary>Between the domain's <see cref="Signal"/> and the <see cref="SignalIssued"/> message. Stateless.</summary>
public static class SignalMapping
{
    /// <summary>The message for a signal.</summary>
    public static SignalIssued ToMessage(this Signal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return new SignalIssued(
            signal.Id.Value,
            signal.Strategy.Name,
            signal.Symbol,
            signal.Timeframe.Name,
            signal.BarTime,
            signal.Direction.ToMessage(),
            signal.Entry,
            signal.StopLoss,
            signal.TakeProfit,
            signal.Confidence,
            signal.SignalType);
    }

    /// <summary>The domain signal a message describes (levels are not carried; risk rules do not use them).</summary>
    /// <exception cref="FormatException">Unknown strategy or timeframe; the message names it.</exception>
    public static Signal ToSignal(this SignalIssued message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var strategy = StrategyKind.Parse(message.Strategy);
        var timeframe = Timeframe.Parse(message.Timeframe);
        var direction = message.Direction.ToDomain();
        var risk = Math.Abs(message.Entry - message.StopLoss);
        return new Signal
        {
            Id = new SignalId(strategy, message.Symbol, timeframe, message.BarTime, direction),
            Strategy = strategy,
            Symbol = message.Symbol,
            Timeframe = timeframe,
            Bar = 0,
            BarTime = message.BarTime,
            Direction = direction,
            Entry = message.Entry,
            StopLoss = message.StopLoss,
            TakeProfit = message.TakeProfit,
            Confidence = message.Confidence,
            RiskReward = risk == 0 ? 0 : (double)(Math.Abs(message.TakeProfit - message.Entry) / risk),
            SignalType = message.SignalType,
            Levels = [],
        };
    }
}
