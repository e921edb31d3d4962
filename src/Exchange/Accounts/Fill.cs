using FractalTrader.Exchange.Orders;

namespace FractalTrader.Exchange.Accounts;

/// <summary>One execution against one of our orders. Immutable.</summary>
/// <param name="TradeId">The venue's trade id (unique per fill; the key for de-duplication).</param>
/// <param name="OrderId">The order that filled.</param>
/// <param name="ClientOrderId">Its client order id, if known.</param>
/// <param name="Symbol">Coin.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Price">Execution price.</param>
/// <param name="Size">Executed size.</param>
/// <param name="Fee">Fee paid (negative for a rebate).</param>
/// <param name="ClosedPnl">Realized PnL of the part that closed a position.</param>
/// <param name="StartPosition">Signed position size before this fill.</param>
/// <param name="IsTaker">Whether it took liquidity (Hyperliquid <c>crossed</c>).</param>
/// <param name="Time">Execution time.</param>
public sealed record Fill(
    long TradeId,
    long OrderId,
    ClientOrderId? ClientOrderId,
    string Symbol,
    OrderSide Side,
    decimal Price,
    decimal Size,
    decimal Fee,
    decimal ClosedPnl,
    decimal StartPosition,
    bool IsTaker,
    DateTimeOffset Time)
{
    /// <summary>Hyperliquid's <c>dir</c>: Open Long, Close Short, … from side and start position.</summary>
    public string DirectionText => (Side, StartPosition) switch
    {
        (OrderSide.Buy, < 0) => Size <= -StartPosition ? "Close Short" : "Short > Long",
        (OrderSide.Buy, _) => "Open Long",
        (OrderSide.Sell, > 0) => Size <= StartPosition ? "Close Long" : "Long > Short",
        _ => "Open Short",
    };
}
