using Xunit.Abstractions;

namespace FractalTrader.Drills.Tests;

/// <summary>
/// The node trades on the fake venue (its own process, state in SQLite) and is killed with SIGKILL
/// at random moments; after every kill the journal and the venue are audited, and every restart
/// must reconcile before it trades.
/// </summary>
[Collection(DrillProcesses.Name)]
public sealed class KillRestartDrill(ITestOutputHelper output)
{
    private const double Speed = 14_400;

    [Fact]
    public async Task Killed_at_random_moments_the_node_loses_nothing_doubles_nothing_and_reconciles_before_trading()
    {
        var rounds = DrillRounds.FromEnvironment();
        var seed = DrillRounds.Seed();
        var random = new Random(seed);
        var summary = new DrillSummary();
        await using var rig = await DrillRig.StartAsync(Speed);

        for (var round = 1; round <= rounds; round++)
        {
            await using var node = rig.StartNode();
            await node.WaitForLineAsync(l => l.Contains(Incarnation.Ready, StringComparison.Ordinal), DrillTimeouts.Step, $"round {round}: the node was ready");

            // The kill moment is the drill's random input: somewhere in the next 0.2-2.5 s of trading.
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(200, 2500)));
            node.Kill();
            await node.WaitForExitAsync(DrillTimeouts.Step);
            await AuditAsync(rig, node.Lines, round, summary);
            summary.Rounds = round;
        }

        await using (var last = rig.StartNode())
        {
            await last.WaitForLineAsync(l => l.Contains(Incarnation.Ready, StringComparison.Ordinal), DrillTimeouts.Step, "the last restart was ready");
            last.Terminate();
            var exit = await last.WaitForExitAsync(DrillTimeouts.Step);
            exit.Should().Be(0, "a node stopped with SIGTERM exits cleanly; it printed last:\n{0}", string.Join('\n', last.Lines.Where(l => !l.Contains(" DBG] ", StringComparison.Ordinal)).TakeLast(25)));
            await AuditAsync(rig, last.Lines, rounds + 1, summary);
        }

        output.WriteLine($"seed {seed}");
        output.WriteLine(summary.ToString());
        foreach (var problem in summary.Problems.Concat(summary.Notes))
        {
            output.WriteLine(problem);
        }

        summary.Orders.Should().BePositive("the node traded during the drill");
        summary.Problems.Should().BeEmpty(summary.ToString());
    }

    private static async Task AuditAsync(DrillRig rig, IReadOnlyList<string> lines, int round, DrillSummary summary)
    {
        var journal = await JournalAudit.ReadAsync(rig.JournalPath);
        var venue = await VenueAudit.ReadAsync(rig.Client, rig.Venue.StatePath);
        var lostOrders = Incarnation.AcknowledgedOrders(lines).Where(c => !journal.ClientOrderIds.Contains(c)).ToList();
        var lostFills = Incarnation.AcknowledgedFills(lines).Where(t => !journal.TradeIds.Contains(t)).ToList();
        var divergences = Incarnation.Divergences(lines);
        var divergencesAtStart = Incarnation.DivergencesAtStart(lines);
        var early = Incarnation.EntriesBeforeReady(lines);
        var expected = venue.ExpectedLedger(journal.TradeIds);
        var mismatched = expected.Keys.Union(journal.Positions.Keys, StringComparer.Ordinal)
            .Where(s => expected.GetValueOrDefault(s) != journal.Positions.GetValueOrDefault(s))
            .Select(s => $"{s}: ledger {journal.Positions.GetValueOrDefault(s)}, venue less unrecorded fills {expected.GetValueOrDefault(s)}")
            .ToList();
        var unknownAtVenue = venue.ClientOrderIds.Keys.Where(c => !journal.ClientOrderIds.Contains(c)).ToList();

        summary.LostEvents += lostOrders.Count + lostFills.Count;
        summary.DuplicateOrders = venue.DuplicateClientOrderIds;
        summary.Divergences += divergences;
        summary.LedgerMismatches += mismatched.Count;
        summary.TradedBeforeReady += early;
        summary.Orders = venue.ClientOrderIds.Count;
        summary.Fills = venue.Fills.Count;
        Report(summary, round, "acknowledged order requests missing from the journal", lostOrders);
        Report(summary, round, "acknowledged fills missing from the journal", lostFills.Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
        Report(summary, round, "client order ids at the venue more than once", venue.ClientOrderIds.Where(c => c.Value > 1).Select(c => c.Key).ToList());
        Report(summary, round, "orders at the venue the journal never requested", unknownAtVenue);
        Report(summary, round, "ledger positions differing from the venue's", mismatched);
        if (divergences > divergencesAtStart)
        {
            // Found while trading, not at the restart: reported in the summary line and below it, not a failure of the restart.
            summary.Notes.Add($"round {round}: reconciliation while trading reported {divergences - divergencesAtStart} divergence(s): "
                + string.Join(" | ", lines.Where(l => l.Contains("Alert (", StringComparison.Ordinal) || l.Contains("ledger corrected", StringComparison.Ordinal))));
        }

        if (divergencesAtStart > 0)
        {
            summary.Problems.Add($"round {round}: the first reconciliation after the restart reported {divergencesAtStart} divergence(s): "
                + string.Join(" | ", lines.Where(l => l.Contains("Alert (", StringComparison.Ordinal) || l.Contains("ledger corrected", StringComparison.Ordinal))));
        }

        if (early > 0)
        {
            summary.Problems.Add($"round {round}: {early} entry order(s) sent before the first reconciliation");
        }
    }

    private static void Report(DrillSummary summary, int round, string what, List<string> items)
    {
        if (items.Count > 0)
        {
            summary.Problems.Add($"round {round}: {what}: {string.Join(", ", items.Take(5))}{(items.Count > 5 ? ", ..." : string.Empty)}");
        }
    }
}
