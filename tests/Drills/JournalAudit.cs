using FractalTrader.Actors.Node;
using FractalTrader.Messages;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Runtime;

namespace FractalTrader.Drills.Tests;

/// <summary>What a node's journal holds, read while no node runs: order client ids, fill trade ids and the ledger's positions.</summary>
/// <param name="ClientOrderIds">Every journaled order request's client id.</param>
/// <param name="TradeIds">Every journaled fill's trade id.</param>
/// <param name="Positions">Signed size per symbol after every fill and correction.</param>
internal sealed record JournalAudit(IReadOnlySet<string> ClientOrderIds, IReadOnlySet<long> TradeIds, IReadOnlyDictionary<string, decimal> Positions)
{
    public static async Task<JournalAudit> ReadAsync(string journalPath)
    {
        var orders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var trades = new HashSet<long>();
        var positions = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (!File.Exists(journalPath))
        {
            return new JournalAudit(orders, trades, positions);
        }

        await using var journal = await SqlitePersistence.OpenAsync(new SqliteJournalOptions(journalPath), TradingJournal.Serializer());
        await foreach (var envelope in journal.ReadJournal.CurrentAllEvents())
        {
            switch (envelope.Event)
            {
                case OrderRequested requested:
                    orders.Add(requested.ClientOrderId);
                    break;
                case FillRecorded fill when trades.Add(fill.TradeId):
                    positions[fill.Symbol] = positions.GetValueOrDefault(fill.Symbol) + (fill.Side == Side.Buy ? fill.Size : -fill.Size);
                    break;
                case PositionCorrected corrected:
                    positions[corrected.Symbol] = corrected.VenueSignedSize;
                    break;
            }
        }

        return new JournalAudit(orders, trades, positions);
    }
}
