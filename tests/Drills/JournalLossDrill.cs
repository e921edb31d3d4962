using System.Globalization;
using System.Text.RegularExpressions;
using FractalTrader.Testing;
using Xunit.Abstractions;

namespace FractalTrader.Drills.Tests;

/// <summary>
/// The journal is deleted while the venue holds positions: the restarted node must adopt the
/// venue's positions, raise an alert, and not open more on top of them.
/// </summary>
[Collection(DrillProcesses.Name)]
public sealed partial class JournalLossDrill(ITestOutputHelper output)
{
    [Fact]
    public async Task A_node_whose_journal_is_gone_adopts_the_venue_positions_and_alerts_instead_of_opening_more()
    {
        await using var rig = await DrillRig.StartAsync(14_400);
        var (node, held) = await RestartWithoutJournalWhileHoldingAsync(rig);
        await using var running = node;
        await node.WaitForLineAsync(l => l.Contains("Reconciliation 4:", StringComparison.Ordinal), DrillTimeouts.Step, "three more reconciliations ran");
        node.Terminate();
        (await node.WaitForExitAsync(DrillTimeouts.Step)).Should().Be(0);

        var lines = node.Lines;
        output.WriteLine($"positions found at the venue by the node without a journal: {string.Join(", ", held.Select(h => $"{h.Key} {h.Value}"))}");
        var ready = lines.ToList().FindIndex(l => l.Contains(Incarnation.Ready, StringComparison.Ordinal));
        foreach (var line in lines.Where(l => l.Contains("Alert", StringComparison.Ordinal) || l.Contains("Position ", StringComparison.Ordinal) || l.Contains("sent: Entry", StringComparison.Ordinal)))
        {
            output.WriteLine(line);
        }

        lines.Should().Contain(l => l.Contains("Dead-man's switch armed until", StringComparison.Ordinal), "the venue accepts the switch at 14400x: its window is wall time");
        lines.Should().NotContain(l => l.Contains("dead-man's switch NOT armed", StringComparison.Ordinal));
        foreach (var (symbol, size) in held)
        {
            lines.Take(ready).Should().Contain(
                l => l.Contains($"Position {symbol}: 0 -> ", StringComparison.Ordinal) || l.Contains($"{symbol}: ledger corrected to the venue", StringComparison.Ordinal),
                $"the {symbol} position the journal forgot is in the ledger before trading resumes");
            lines.Should().Contain(l => l.Contains("Alert (Critical)", StringComparison.Ordinal) && l.Contains(symbol, StringComparison.Ordinal), $"the {symbol} position found without a journal raises an alert");
            // Once the position is closed (its stop or target filled) the other order protects nothing and is cancelled.
            var untilClosed = lines.TakeWhile(l => !l.Contains($"Position {symbol}: ", StringComparison.Ordinal) || !l.Contains("-> 0 ", StringComparison.Ordinal)).ToList();
            untilClosed.Should().NotContain(
                l => l.Contains($"{symbol}: orphan order", StringComparison.Ordinal) && l.Contains("cancelled at the venue", StringComparison.Ordinal) && l.Contains("reduce-only", StringComparison.Ordinal),
                $"the stop and target the forgotten journal placed keep protecting the adopted {symbol} position while it is held");
            var whileHeld = untilClosed.Skip(ready).ToList();
            whileHeld.Should().NotContain(l => l.Contains("sent: Entry", StringComparison.Ordinal) && l.Contains($" {symbol} ", StringComparison.Ordinal), $"no entry is opened on top of the adopted {symbol} position");
            whileHeld.Where(l => SizeAfter(l, symbol) is { } after && Math.Abs(after) > Math.Abs(size)).Should().BeEmpty($"the {symbol} position is never added to");
        }
    }

    private static decimal? SizeAfter(string line, string symbol)
    {
        var match = PositionChange().Match(line);
        return match.Success && string.Equals(match.Groups["symbol"].Value, symbol, StringComparison.Ordinal)
            ? decimal.Parse(match.Groups["size"].Value, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// Runs the node until a position opens, kills it, deletes the journal and starts it again; returns
    /// that node once ready with the positions it found at the venue. The accelerated venue may close
    /// the position while no node runs, so this repeats until a restart finds one (at most five times),
    /// each attempt on a fresh journal.
    /// </summary>
    private static async Task<(ChildProcess Node, Dictionary<string, decimal> Held)> RestartWithoutJournalWhileHoldingAsync(DrillRig rig)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (attempt > 1)
            {
                // The last restart may have halted on the leftovers it reconciled; that halt is in its
                // journal, and a halted node would never open the position this waits for.
                DeleteJournal(rig);
            }

            await using (var trading = rig.StartNode())
            {
                await trading.WaitForLineAsync(l => PositionOpened().IsMatch(l), DrillTimeouts.Step, "a position opened");
                trading.Kill();
                await trading.WaitForExitAsync(DrillTimeouts.Step);
            }

            DeleteJournal(rig);
            var node = rig.StartNode();
            await node.WaitForLineAsync(l => l.Contains(Incarnation.Ready, StringComparison.Ordinal), DrillTimeouts.Step, "the node without a journal was ready");
            var lines = node.Lines;
            var ready = lines.ToList().FindIndex(l => l.Contains(Incarnation.Ready, StringComparison.Ordinal));
            var held = lines.Take(ready).Select(l => PositionChange().Match(l)).Where(m => m.Success)
                .GroupBy(m => m.Groups["symbol"].Value, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => decimal.Parse(g.Last().Groups["size"].Value, CultureInfo.InvariantCulture), StringComparer.Ordinal)
                .Where(h => h.Value != 0).ToDictionary(StringComparer.Ordinal);
            if (held.Count > 0 || attempt == 5)
            {
                held.Should().NotBeEmpty("one of five restarts without a journal found a position at the venue");
                return (node, held);
            }

            await node.DisposeAsync();
        }
    }

    private static void DeleteJournal(DrillRig rig)
    {
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(rig.JournalPath)!, "journal.db*"))
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"Position [A-Z]+: 0 -> ", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PositionOpened();

    [GeneratedRegex(@"Position (?<symbol>[A-Z]+): -?[0-9.]+ -> (?<size>-?[0-9.]+) ", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PositionChange();
}
