using FractalTrader.Exchange.Instruments;
using FractalTrader.Exchange.Simulated.Faults;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Exchange.Simulated;

/// <summary>Settings of a simulated venue. Immutable.</summary>
public sealed record SimulatedVenueOptions
{
    /// <summary>Seed of every random choice (synthetic prices, slippage, probabilistic faults). The default is 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Instruments with start prices for synthetic markets. The default is <see cref="SimulatedUniverse.Default"/>.</summary>
    public IReadOnlyList<(Instrument Instrument, decimal StartPrice)> Universe { get; init; } = SimulatedUniverse.Default;

    /// <summary>Replayed candles by symbol; symbols without data get a seeded random walk.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Candle>> Data { get; init; } = new Dictionary<string, IReadOnlyList<Candle>>(StringComparer.Ordinal);

    /// <summary>Bar length of synthetic markets. The default is one minute.</summary>
    public Timeframe SyntheticTimeframe { get; init; } = Timeframe.M1;

    /// <summary>How many bars lie before the venue's start (history); replay continues from there. The default is 500.</summary>
    public int HistoryBars { get; init; } = 500;

    /// <summary>Maker fee rate. The default is 0.00015 (1.5 bp, Hyperliquid's base tier).</summary>
    public decimal MakerFee { get; init; } = 0.00015m;

    /// <summary>Taker fee rate. The default is 0.00045 (4.5 bp).</summary>
    public decimal TakerFee { get; init; } = 0.00045m;

    /// <summary>Half the bid/ask spread as a rate of the mark. The default is 0.00005 (0.5 bp).</summary>
    public decimal HalfSpread { get; init; } = 0.00005m;

    /// <summary>Most slippage a taker fill suffers beyond the touch, as a rate; the actual amount is seeded. The default is 0.0002.</summary>
    public decimal MaxSlippage { get; init; } = 0.0002m;

    /// <summary>Liquidity available to our orders.</summary>
    public LiquidityModel Liquidity { get; init; } = new();

    /// <summary>Leverage of new positions, capped by each instrument's maximum. The default is 10.</summary>
    public int DefaultLeverage { get; init; } = 10;

    /// <summary>Balance of a newly opened account. The default is 10,000 USD.</summary>
    public decimal StartingBalance { get; init; } = 10_000m;

    /// <summary>Latency added to each in-process call (through the venue's clock). The default is none.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    /// <summary>Faults to inject. The default is none.</summary>
    public FaultPlan Faults { get; init; } = FaultPlan.None;
}
