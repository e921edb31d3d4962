using BenchmarkDotNet.Attributes;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Risk;
using FractalTrader.Runtime;
using Microsoft.Data.Sqlite;

namespace FractalTrader.Benchmarks.Actors;

/// <summary>
/// Start to ready with a journal of 1,000,000 events (SQLite, written in GlobalSetup by
/// <see cref="NodeJournalWriter"/>: 500,001 portfolio, 299,999 risk guardian, 200,000 order
/// router events; with the snapshot each actor would have taken last at every 100 events, or none). Each
/// invocation starts a node in-process on a fresh actor system: open the SQLite journal, start the
/// actors (each recovers from its snapshot plus the events after it), load the venue's instruments,
/// warm up, and wait for <c>TradingNode.Ready</c> (the first reconciliation passed). Not a process
/// start: the runtime's own start-up (about 0.1 s for dotnet) is not included. The node is stopped
/// after each invocation, outside the measurement. Baseline: reading every row of the same journal
/// with a plain SqliteDataReader (no deserialization).
/// </summary>
[Config(typeof(ActorsBenchmarkConfig))]
public class StartToReadyBenchmarks
{
    private const int SnapshotEvery = 100;

    private const int PortfolioEvents = 500_001;
    private const int GuardianEvents = 299_999;
    private const int RouterEvents = 200_000;

    private BenchJournalFile journalFile = null!;
    private BenchNode bench = null!;

    /// <summary>Whether the journal holds the snapshots the node would have taken (every 100 events); without, every event is replayed (and the node takes none while measured).</summary>
    [Params(true, false)]
    public bool Snapshots { get; set; } = true;

    // Blocks: the in-process toolchain does not wait for an asynchronous setup before measuring.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        journalFile = new BenchJournalFile();
        await using (var journal = await journalFile.OpenAsync())
        {
            await new NodeJournalWriter(journal, BenchNode.Start, Snapshots ? SnapshotEvery : null).WriteAsync(PortfolioEvents, GuardianEvents, RouterEvents);
        }

        bench = new BenchNode(new SimulatedVenueOptions(), _ => []);
    }

    private async Task CleanupAsync()
    {
        await bench.DisposeAsync();
        journalFile.Dispose();
    }

    [IterationCleanup(Target = nameof(Node_start_to_ready))]
    public void StopNode()
    {
        // Synchronous, like every setup here: the node is checked and stopped outside the measurement.
        CheckRecoveredAsync().GetAwaiter().GetResult();
        bench.StopAsync().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public long Raw_read_of_every_journal_row()
    {
        using var connection = new SqliteConnection($"Data Source={journalFile.Path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT persistence_id, sequence_nr, manifest, payload FROM journal ORDER BY persistence_id, sequence_nr";
        using var reader = select.ExecuteReader();
        long rows = 0;
        long bytes = 0;
        while (reader.Read())
        {
            rows++;
            bytes += reader.GetString(0).Length + reader.GetInt64(1) + reader.GetString(2).Length + reader.GetFieldValue<byte[]>(3).Length;
        }

        return rows >= 1_000_000 ? bytes : throw new InvalidOperationException($"the journal holds {rows} rows, fewer than 1,000,000");
    }

    [Benchmark]
    public async Task Node_start_to_ready()
    {
        var plugin = await journalFile.OpenAsync();
        var settings = bench.Settings(["BTC", "ETH", "SOL"]);
        await bench.StartAsync(plugin, Snapshots ? settings : settings with { SnapshotEvery = int.MaxValue });
    }

    /// <summary>The node recovered the whole history: every fill and every decided signal of the journal.</summary>
    private async Task CheckRecoveredAsync()
    {
        var portfolio = await bench.Node.Portfolio.Ask<PortfolioView>(new GetPortfolio(), TimeSpan.FromMinutes(1));
        var risk = await bench.Node.RiskGuardian.Ask<RiskStatus>(new GetRiskStatus(), TimeSpan.FromMinutes(1));
        if (portfolio.Fills != PortfolioEvents - 1 || risk.SignalsDecided != GuardianEvents || portfolio.Positions.Count != 0)
        {
            throw new InvalidOperationException(
                $"Recovered {portfolio.Fills} fills ({portfolio.Positions.Count} positions) and {risk.SignalsDecided} decisions; the journal holds {PortfolioEvents - 1} fills (flat) and {GuardianEvents} decisions.");
        }
    }
}
