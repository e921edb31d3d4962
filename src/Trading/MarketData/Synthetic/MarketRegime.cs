namespace FractalTrader.Trading.MarketData.Synthetic;

/// <summary>A phase of the synthetic market, shared by all its symbols.</summary>
public enum MarketRegime
{
    /// <summary>Steady drift upwards.</summary>
    TrendingUp,

    /// <summary>Steady drift downwards.</summary>
    TrendingDown,

    /// <summary>Mean-reverting around a level.</summary>
    Ranging,

    /// <summary>No drift, several times the usual volatility and volume.</summary>
    Volatile,
}
