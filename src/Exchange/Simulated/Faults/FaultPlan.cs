using System.Globalization;

namespace FractalTrader.Exchange.Simulated.Faults;

/// <summary>
/// The faults a venue injects, parsed from a spec such as
/// <c>rate-limit@5x20,timeout-after@3,disconnect=0.05</c>: comma-separated entries, each a kind
/// (<c>timeout-before</c>, <c>timeout-after</c>, <c>rate-limit</c>, <c>reject</c>,
/// <c>disconnect</c>, <c>duplicate</c>, <c>reorder</c>) followed by <c>=P</c> (probability per
/// occurrence) or <c>@N</c> / <c>@NxM</c> (the N-th occurrence, or M occurrences from the N-th).
/// Immutable.
/// </summary>
public sealed record FaultPlan(IReadOnlyList<FaultRule> Rules)
{
    private static readonly Dictionary<string, FaultKind> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["timeout-before"] = FaultKind.TimeoutBeforeSend,
        ["timeout-after"] = FaultKind.TimeoutAfterSend,
        ["rate-limit"] = FaultKind.RateLimit,
        ["reject"] = FaultKind.Reject,
        ["disconnect"] = FaultKind.Disconnect,
        ["duplicate"] = FaultKind.Duplicate,
        ["reorder"] = FaultKind.Reorder,
    };

    /// <summary>No faults.</summary>
    public static FaultPlan None { get; } = new([]);

    /// <summary>Parses a fault spec; empty or null means none.</summary>
    /// <exception cref="FormatException">A bad entry; the message quotes it and lists the kinds.</exception>
    public static FaultPlan Parse(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            return None;
        }

        var rules = new List<FaultRule>();
        foreach (var raw in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            rules.Add(ParseEntry(raw));
        }

        return new FaultPlan(rules);
    }

    private static FaultRule ParseEntry(string entry)
    {
        var at = entry.IndexOf('@', StringComparison.Ordinal);
        var equals = entry.IndexOf('=', StringComparison.Ordinal);
        var split = at >= 0 ? at : equals;
        var name = split >= 0 ? entry[..split] : entry;
        if (!Names.TryGetValue(name, out var kind))
        {
            throw Bad(entry, $"unknown fault '{name}'");
        }

        if (split < 0)
        {
            throw Bad(entry, "expected =probability or @occurrence");
        }

        var argument = entry[(split + 1)..];
        if (at >= 0)
        {
            var parts = argument.Split('x');
            if (parts.Length > 2
                || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from) || from < 1
                || !TryCount(parts, out var count))
            {
                throw Bad(entry, "expected @N or @NxM with N ≥ 1 and M ≥ 1");
            }

            return new FaultRule(kind, null, from, count);
        }

        if (!double.TryParse(argument, NumberStyles.Float, CultureInfo.InvariantCulture, out var probability) || probability is < 0 or > 1)
        {
            throw Bad(entry, "expected a probability between 0 and 1");
        }

        return new FaultRule(kind, probability);
    }

    private static bool TryCount(string[] parts, out long count)
    {
        count = 1;
        return parts.Length == 1 || (long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 1);
    }

    private static FormatException Bad(string entry, string why) =>
        new($"Fault spec entry '{entry}': {why}. Kinds: {string.Join(", ", Names.Keys)}.");
}
