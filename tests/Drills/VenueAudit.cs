using FractalTrader.Exchange;
using FractalTrader.Exchange.Accounts;
using Microsoft.Data.Sqlite;

namespace FractalTrader.Drills.Tests;

/// <summary>What the venue holds for our account: orders by client id (from its state file), fills and positions (through its API).</summary>
/// <param name="ClientOrderIds">How many orders the venue has under each client id.</param>
/// <param name="Fills">Every fill, oldest first.</param>
/// <param name="Positions">Signed size per symbol.</param>
internal sealed record VenueAudit(IReadOnlyDictionary<string, int> ClientOrderIds, IReadOnlyList<Fill> Fills, IReadOnlyDictionary<string, decimal> Positions)
{
    public int DuplicateClientOrderIds => ClientOrderIds.Count(c => c.Value > 1);

    public static async Task<VenueAudit> ReadAsync(IExchange venue, string statePath)
    {
        // The venue keeps filling trigger orders while we read: take fills, positions, fills again until nothing moved in between.
        for (var attempt = 0; ; attempt++)
        {
            var before = await venue.GetFillsAsync(DateTimeOffset.UnixEpoch);
            var positions = await venue.GetPositionsAsync();
            var after = await venue.GetFillsAsync(DateTimeOffset.UnixEpoch);
            if (before.Count == after.Count || attempt == 10)
            {
                return new VenueAudit(await ClientIdsAsync(statePath), after, positions.ToDictionary(p => p.Symbol, p => p.SignedSize, StringComparer.Ordinal));
            }
        }
    }

    /// <summary>Per symbol, the venue's position less the fills the journal has not recorded: what the ledger must hold.</summary>
    public IReadOnlyDictionary<string, decimal> ExpectedLedger(IReadOnlySet<long> journaledTrades)
    {
        var expected = new Dictionary<string, decimal>(Positions, StringComparer.Ordinal);
        foreach (var fill in Fills.Where(f => !journaledTrades.Contains(f.TradeId)))
        {
            expected[fill.Symbol] = expected.GetValueOrDefault(fill.Symbol) - (fill.Side == Exchange.Orders.OrderSide.Buy ? fill.Size : -fill.Size);
        }

        return expected;
    }

    private static async Task<Dictionary<string, int>> ClientIdsAsync(string statePath)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = statePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT cloid, COUNT(*) FROM orders WHERE cloid IS NOT NULL GROUP BY cloid";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }
}
