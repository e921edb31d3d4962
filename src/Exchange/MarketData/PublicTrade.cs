using FractalTrader.Exchange.Orders;

namespace FractalTrader.Exchange.MarketData;

/// <summary>A trade printed on the venue's tape. Immutable.</summary>
/// <param name="Symbol">Coin.</param>
/// <param name="AggressorSide">The taker's side.</param>
/// <param name="Price">Price.</param>
/// <param name="Size">Size.</param>
/// <param name="TradeId">Venue trade id.</param>
/// <param name="Time">Trade time.</param>
public sealed record PublicTrade(string Symbol, OrderSide AggressorSide, decimal Price, decimal Size, long TradeId, DateTimeOffset Time);
