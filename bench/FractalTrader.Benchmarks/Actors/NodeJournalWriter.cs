using System.Globalization;
using FractalTrader.Actors.Orders;
using FractalTrader.Actors.Portfolio;
using FractalTrader.Actors.Risk;
using FractalTrader.Messages;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Risk;
using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Actors;

/// <summary>
/// Writes a node's history into its journal through the journal API, in big atomic batches: for
/// the portfolio a ledger opening and fills that buy and sell BTC in turn (flat at the end, as the
/// venue is, so the first reconciliation passes); for the risk guardian refused signal decisions
/// over BTC, ETH and SOL; for the order router entry orders the venue rejected. Each actor's
/// snapshot is the one the node would have taken last (every <c>snapshotEvery</c> events), made by
/// folding the same events into the actor's own book; with no <c>snapshotEvery</c>, none. Not thread-safe.
/// </summary>
internal sealed class NodeJournalWriter(IPersistencePlugin journal, DateTimeOffset end, int? snapshotEvery)
{
    private const int Batch = 2_000;
    private const string Writer = "bench-history";
    private static readonly string[] Symbols = ["BTC", "ETH", "SOL"];
    private static readonly string[] Strategies = ["liquidity_sweep", "fvg_fill", "bos_orderblock"];

    /// <summary>Writes <paramref name="portfolio"/> + <paramref name="guardian"/> + <paramref name="router"/> events (the router's in request/rejection pairs).</summary>
    public async Task WriteAsync(int portfolio, int guardian, int router)
    {
        var ledger = new PortfolioBook();
        await WriteAsync(PortfolioActor.Id, portfolio, i => i == 1 ? new LedgerOpened(end - TimeSpan.FromDays(10)) : Fill(i), e => ledger.Apply(e), ledger.Snapshot);

        var risk = new RiskBook(new RiskSettings(), TimeProvider.System);
        await WriteAsync(RiskGuardianActor.Id, guardian, Decision, risk.Apply, risk.Snapshot);

        var orders = new OrderBook();
        await WriteAsync(OrderRouterActor.Id, router, Order, orders.Apply, orders.Snapshot);
    }

    private async Task WriteAsync(string persistenceId, int count, Func<long, object> make, Action<object> apply, Func<object> snapshot)
    {
        var lastSnapshot = snapshotEvery is { } every ? count / every * every : -1;
        var pending = new List<AtomicWrite>();
        var batch = new List<Persistent>(Batch);
        for (long sequenceNr = 1; sequenceNr <= count; sequenceNr++)
        {
            var payload = make(sequenceNr);
            apply(payload);
            batch.Add(new Persistent(payload, persistenceId, sequenceNr, Writer));
            if (batch.Count == Batch || sequenceNr == count)
            {
                pending.Add(new AtomicWrite(batch));
                batch = new List<Persistent>(Batch);
            }

            if (pending.Count == 25 || sequenceNr == count)
            {
                await WriteAllAsync(pending);
                pending.Clear();
            }

            if (sequenceNr == lastSnapshot)
            {
                await journal.SnapshotStore.SaveAsync(new SnapshotMetadata(persistenceId, sequenceNr, end), snapshot());
            }
        }
    }

    private async Task WriteAllAsync(IReadOnlyList<AtomicWrite> writes)
    {
        var results = await journal.Journal.WriteMessagesAsync(writes);
        if (results.FirstOrDefault(r => r is not null) is { } failure)
        {
            throw new InvalidOperationException("Writing the benchmark journal failed.", failure);
        }
    }

    private FillRecorded Fill(long sequenceNr)
    {
        // Buys on even numbers, sells on odd ones: the ledger is flat after every sell.
        var buy = sequenceNr % 2 == 0;
        var time = end - TimeSpan.FromDays(10) + TimeSpan.FromSeconds(sequenceNr);
        return new FillRecorded(sequenceNr, sequenceNr, null, "BTC", buy ? Side.Buy : Side.Sell, 60_000m + (sequenceNr % 100), 0.01m, 0.27m, time);
    }

    private SignalDecided Decision(long sequenceNr)
    {
        var symbol = Symbols[sequenceNr % Symbols.Length];
        var strategy = Strategies[sequenceNr / Symbols.Length % Strategies.Length];
        var direction = sequenceNr % 2 == 0 ? Direction.Long : Direction.Short;
        var bar = end - TimeSpan.FromDays(400) + TimeSpan.FromMinutes(sequenceNr);
        var id = string.Create(CultureInfo.InvariantCulture, $"{strategy}:{symbol}:1h:{bar:yyyy-MM-ddTHH:mm:ssZ}:{(direction == Direction.Long ? "long" : "short")}");
        return new SignalDecided(id, strategy, symbol, "1h", bar, direction, false, "positions unknown: the ledger has not reported yet", 0m, null, bar + TimeSpan.FromHours(1));
    }

    private object Order(long sequenceNr)
    {
        var n = (sequenceNr + 1) / 2;
        var intent = string.Create(CultureInfo.InvariantCulture, $"fvg_fill:BTC:1h:{n}:long");
        var clientOrderId = ClientOrderIds.Entry(intent).ToString();
        var at = end - TimeSpan.FromDays(5) + TimeSpan.FromSeconds(sequenceNr);
        return sequenceNr % 2 == 1
            ? new OrderRequested(clientOrderId, intent, OrderRole.Entry, "BTC", Side.Buy, OrderType.Market, 0.01m, null, null, false, at, 59_000m, 62_000m)
            : new OrderRejected(clientOrderId, "Insufficient margin to place order.", at);
    }
}
