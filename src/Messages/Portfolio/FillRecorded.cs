using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Portfolio;

/// <summary>Journal event: one execution of one of our orders, as the venue reported it; the ledger's positions are folded from these. Immutable.</summary>
/// <param name="TradeId">The venue's trade id (a fill is recorded once per id).</param>
/// <param name="OrderId">The venue's order id.</param>
/// <param name="ClientOrderId">Our client order id, if the order had one.</param>
/// <param name="Symbol">Coin.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Price">Execution price.</param>
/// <param name="Size">Executed size.</param>
/// <param name="Fee">Fee paid (negative for a rebate).</param>
/// <param name="Time">Execution time at the venue.</param>
public sealed record FillRecorded(
    long TradeId,
    long OrderId,
    string? ClientOrderId,
    string Symbol,
    Side Side,
    decimal Price,
    decimal Size,
    decimal Fee,
    DateTimeOffset Time) : IJournalEvent;
