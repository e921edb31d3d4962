namespace FractalTrader.Trading.MarketData.Quality;

/// <summary>The candle gate's answer for one bar: passed on, or refused with the fault and a reason naming the symbol. Immutable.</summary>
/// <param name="Accepted">Whether the bar may reach a strategy.</param>
/// <param name="Fault">Why it was refused (null when accepted).</param>
/// <param name="Reason">Readable reason, empty when accepted.</param>
/// <param name="MissingFrom">For a gap: open time of the first missing bar.</param>
public sealed record CandleVerdict(bool Accepted, CandleFault? Fault, string Reason, DateTimeOffset? MissingFrom = null)
{
    /// <summary>The bar passes.</summary>
    public static CandleVerdict Accept { get; } = new(true, null, string.Empty);
}
