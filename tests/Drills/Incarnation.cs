using System.Globalization;
using System.Text.RegularExpressions;

namespace FractalTrader.Drills.Tests;

/// <summary>What one node process printed: what it acknowledged, when it became ready, what its reconciliations found.</summary>
internal static partial class Incarnation
{
    public const string Ready = "ready: first reconciliation passed";

    /// <summary>Client ids of orders whose request the journal acknowledged (the router logs "sent" only after the write).</summary>
    public static IEnumerable<string> AcknowledgedOrders(IEnumerable<string> lines) =>
        lines.Select(l => OrderSent().Match(l)).Where(m => m.Success).Select(m => m.Groups["id"].Value);

    /// <summary>Trade ids of fills the journal acknowledged (the portfolio logs a fill from its persist handler).</summary>
    public static IEnumerable<long> AcknowledgedFills(IEnumerable<string> lines) =>
        lines.Select(l => FillRecorded().Match(l)).Where(m => m.Success).Select(m => long.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture));

    /// <summary>Divergences (positions and open orders) all reconciliations reported.</summary>
    public static int Divergences(IEnumerable<string> lines) =>
        lines.Select(l => Reconciliation().Match(l)).Where(m => m.Success).Sum(Count);

    /// <summary>Divergences the first reconciliation after the start reported: the journal's ledger against the venue.</summary>
    public static int DivergencesAtStart(IEnumerable<string> lines) =>
        lines.Select(l => Reconciliation().Match(l)).Where(m => m.Success && string.Equals(m.Groups["sequence"].Value, "1", StringComparison.Ordinal)).Sum(Count);

    /// <summary>Entry orders sent before the first reconciliation enabled trading.</summary>
    public static int EntriesBeforeReady(IReadOnlyList<string> lines)
    {
        var enabled = lines.ToList().FindIndex(l => l.Contains("First reconciliation passed", StringComparison.Ordinal));
        var before = enabled < 0 ? lines : lines.Take(enabled);
        return before.Count(l => l.Contains("sent: Entry", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"Order (?<id>0x[0-9a-fA-F]+) sent:", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OrderSent();

    [GeneratedRegex(@"PortfolioActor: Fill (?<id>[0-9]+):", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FillRecorded();

    /// <summary>Position and open-order divergences of one reconciliation line.</summary>
    private static int Count(Match line) =>
        int.Parse(line.Groups["count"].Value, CultureInfo.InvariantCulture)
        + (line.Groups["orders"].Success ? int.Parse(line.Groups["orders"].Value, CultureInfo.InvariantCulture) : 0);

    [GeneratedRegex(@"Reconciliation (?<sequence>[0-9]+): (?<count>[0-9]+) divergences(, (?<orders>[0-9]+) order divergences)?", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Reconciliation();
}
