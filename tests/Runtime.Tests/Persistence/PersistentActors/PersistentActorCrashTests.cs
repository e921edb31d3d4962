using System.Globalization;
using FractalTrader.TestKit.Persistence;
using FractalTrader.Testing;
using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Persistence.PersistentActors;

/// <summary>
/// kill -9 drill for persistent actors: a child process hosts ledger actors on a SQLite journal
/// and acknowledges each command once its Persist/PersistAll handlers ran; it is killed with
/// SIGKILL at random moments. After every restart each ledger's recovered state must equal the
/// state implied by every acknowledged command — plus, at most, the one command in flight at the
/// kill, whole — and no PersistAll may be partial. 30 rounds by default (and in CI);
/// FRACTAL_CRASH_ROUNDS sets more.
/// </summary>
public sealed class PersistentActorCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Ledgers = 4;

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Recovered_state_after_kill_9_equals_the_state_of_every_acknowledged_command_and_no_PersistAll_is_partial()
    {
        var path = folder.File("journal.db");
        var ledgers = Enumerable.Range(0, Ledgers).ToDictionary(n => $"ledger-{n}", _ => new Expected(), StringComparer.Ordinal);
        var random = new Random(20251122);
        var rounds = CrashWriterProcess.Rounds();
        var acknowledged = 0;

        // One more start than kills: the last start only checks what the last kill left.
        for (var round = 0; round <= rounds; round++)
        {
            var killAfter = round == rounds ? 0 : random.Next(1, 40);
            acknowledged += await RunAndKillAsync(path, round, killAfter, ledgers);
        }

        ledgers.Values.Should().AllSatisfy(l => l.LastCommand.Should().BePositive("every ledger made progress"));
        output.WriteLine($"{rounds} kills, {acknowledged} acknowledged commands; " + string.Join(", ", ledgers.Select(p => $"{p.Key}: {p.Value.LastCommand} commands, {p.Value.Entries} entries")));
    }

    private async Task<int> RunAndKillAsync(string path, int round, int killAfter, Dictionary<string, Expected> ledgers)
    {
        using var process = CrashWriterProcess.Start("ledgers", path, Ledgers.ToString(CultureInfo.InvariantCulture), round.ToString(CultureInfo.InvariantCulture));
        var errors = process.StandardError.ReadToEndAsync();
        var recovered = 0;
        var acks = 0;
        try
        {
            while (recovered < Ledgers || acks < killAfter)
            {
                var line = await process.StandardOutput.ReadLineAsync().WaitAsync(SpecTimeouts.Default);
                if (line is null)
                {
                    await process.WaitForExitAsync();
                    throw new InvalidOperationException($"round {round}: the ledger host exited with {process.ExitCode} before being killed: {await errors}");
                }

                var kind = Read(round, line, ledgers);
                recovered += string.Equals(kind, "recovered", StringComparison.Ordinal) ? 1 : 0;
                acks += string.Equals(kind, "ack", StringComparison.Ordinal) ? 1 : 0;
            }
        }
        finally
        {
            // Process.Kill sends SIGKILL on Unix: no finalizers, no flush, no dispose.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        // The host kept running while the test read: what it printed before the kill is still in the pipe.
        // Every command it persisted printed "send" first, so draining the pipe completes the picture.
        var rest = await process.StandardOutput.ReadToEndAsync().WaitAsync(SpecTimeouts.Default);
        foreach (var line in rest.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            acks += string.Equals(Read(round, line, ledgers), "ack", StringComparison.Ordinal) ? 1 : 0;
        }

        return acks;
    }

    private static string Read(int round, string line, Dictionary<string, Expected> ledgers)
    {
        var parts = line.Split(' ');
        var ledger = ledgers[parts[1]];
        switch (parts[0])
        {
            case "recovered":
                ledger.Recovered(round, parts[1], int.Parse(parts[2], CultureInfo.InvariantCulture), decimal.Parse(parts[3], CultureInfo.InvariantCulture), long.Parse(parts[4], CultureInfo.InvariantCulture), bool.Parse(parts[5]));
                break;
            case "send":
                ledger.Sent(long.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture), decimal.Parse(parts[4], CultureInfo.InvariantCulture));
                break;
            case "ack":
                ledger.Acknowledged(round, parts[1], long.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture), decimal.Parse(parts[4], CultureInfo.InvariantCulture));
                break;
            default:
                throw new InvalidOperationException($"round {round}: unexpected line '{line}'");
        }

        return parts[0];
    }

    /// <summary>What the test knows of one ledger: the state after its last acknowledged command, and the command in flight.</summary>
    private sealed class Expected
    {
        private (long Command, int Entries, decimal Sum)? inFlight;

        public int Entries { get; private set; }

        public decimal Balance { get; private set; }

        public long LastCommand { get; private set; }

        public void Sent(long command, int entries, decimal sum) => inFlight = (command, entries, sum);

        public void Acknowledged(int round, string id, long command, int entries, decimal balance)
        {
            var sent = inFlight ?? throw new InvalidOperationException($"round {round}: {id} acknowledged command {command} that was never sent");
            (command, entries, balance).Should().Be(
                (LastCommand + 1, Entries + sent.Entries, Balance + sent.Sum),
                $"round {round}: {id}'s acknowledged state is its previous state plus command {command}");
            (Entries, Balance, LastCommand, inFlight) = (entries, balance, command, null);
        }

        public void Recovered(int round, string id, int entries, decimal balance, long lastCommand, bool partial)
        {
            partial.Should().BeFalse($"round {round}: {id} recovered no partial PersistAll");
            var acknowledged = (Entries, Balance, LastCommand);
            var recovered = (entries, balance, lastCommand);
            if (inFlight is { } sent && lastCommand == sent.Command)
            {
                // The command in flight at the kill was durable but not yet acknowledged: it counts whole.
                recovered.Should().Be((Entries + sent.Entries, Balance + sent.Sum, sent.Command), $"round {round}: {id} recovered the in-flight command whole");
            }
            else
            {
                recovered.Should().Be(acknowledged, $"round {round}: {id} recovered exactly its acknowledged commands");
            }

            (Entries, Balance, LastCommand, inFlight) = (entries, balance, lastCommand, null);
        }
    }
}
