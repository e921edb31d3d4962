using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.Simulated.State;

namespace FractalTrader.Exchange.Simulated.Persistence;

/// <summary>The venue state a store held when it was opened. Read once at start-up.</summary>
internal sealed record VenueSnapshot(
    DateTimeOffset StartTime,
    long NextOrderId,
    long NextTradeId,
    IReadOnlyList<SimulatedAccount> Accounts,
    IReadOnlyList<SimulatedOrder> Orders,
    IReadOnlyList<Fill> Fills,
    IReadOnlyDictionary<string, MarketCursor> Markets);
