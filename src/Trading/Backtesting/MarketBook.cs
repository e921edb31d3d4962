using FractalTrader.Trading.Risk;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Strategies.Live;

namespace FractalTrader.Trading.Backtesting;

/// <summary>One market's replay state in a backtest run. Mutable; owned by the run.</summary>
internal sealed class MarketBook(BacktestMarket market, SymbolSignalEngine engine, InstrumentRules instrument)
{
    public BacktestMarket Market { get; } = market;

    public SymbolSignalEngine Engine { get; } = engine;

    public InstrumentRules Instrument { get; } = instrument;

    public string Symbol => Market.Symbol;

    /// <summary>Next bar to replay.</summary>
    public int Index { get; set; }

    public bool HasBar => Index < Market.Series.Count;

    public DateTimeOffset NextOpenTime => Market.Series.OpenTime(Index);

    /// <summary>An approved entry waiting for the next bar's open.</summary>
    public (Signal Signal, decimal Size)? Pending { get; set; }

    public OpenTrade? Open { get; set; }

    /// <summary>Close of the last replayed bar (marks the position).</summary>
    public decimal LastClose { get; set; }

    public DateTimeOffset LastCloseTime { get; set; }

    /// <summary>Refusal keys of this market's sizing refusals, by <see cref="EntryAssessment.ReasonForm"/>: written once each.</summary>
    public string?[] RefusalKeys { get; } = new string?[4];

    /// <summary>Signals of the last replayed bar.</summary>
    public Signal[] Signals { get; set; } = [];
}
