using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Testing;

namespace FractalTrader.Exchange.Tests.Simulated;

/// <summary>A simulated venue on a manual clock with one funded account.</summary>
internal static class VenueFixture
{
    public const string Account = "0x14791697260e4c9a71f18484c9f997b308e59325";

    public static (SimulatedVenue Venue, ManualTimeProvider Clock) Create(SimulatedVenueOptions? options = null)
    {
        var clock = new ManualTimeProvider();
        var venue = new SimulatedVenue(options ?? new SimulatedVenueOptions { MaxSlippage = 0 }, clock);
        venue.OpenAccount(Account, 100_000m);
        return (venue, clock);
    }

    public static OrderRequest Limit(string symbol, OrderSide side, decimal size, decimal price, string signal, bool reduceOnly = false, TimeInForce tif = TimeInForce.GoodTilCancel) =>
        new(symbol, side, OrderKind.Limit, size, ClientOrderId.FromSignal(signal), LimitPrice: price, TimeInForce: tif, ReduceOnly: reduceOnly);
}
