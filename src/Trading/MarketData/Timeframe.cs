using System.Diagnostics.CodeAnalysis;

namespace FractalTrader.Trading.MarketData;

/// <summary>
/// A bar interval with its venue name (<c>1m</c> … <c>1w</c>, as Hyperliquid spells them).
/// Immutable and thread-safe.
/// </summary>
/// <param name="Name">The interval as venues and files spell it, e.g. <c>1h</c>.</param>
/// <param name="Duration">Length of one bar.</param>
public readonly record struct Timeframe(string Name, TimeSpan Duration)
{
    /// <summary>One minute.</summary>
    public static readonly Timeframe M1 = new("1m", TimeSpan.FromMinutes(1));

    /// <summary>Three minutes.</summary>
    public static readonly Timeframe M3 = new("3m", TimeSpan.FromMinutes(3));

    /// <summary>Five minutes.</summary>
    public static readonly Timeframe M5 = new("5m", TimeSpan.FromMinutes(5));

    /// <summary>Fifteen minutes.</summary>
    public static readonly Timeframe M15 = new("15m", TimeSpan.FromMinutes(15));

    /// <summary>Thirty minutes.</summary>
    public static readonly Timeframe M30 = new("30m", TimeSpan.FromMinutes(30));

    /// <summary>One hour.</summary>
    public static readonly Timeframe H1 = new("1h", TimeSpan.FromHours(1));

    /// <summary>Two hours.</summary>
    public static readonly Timeframe H2 = new("2h", TimeSpan.FromHours(2));

    /// <summary>Four hours.</summary>
    public static readonly Timeframe H4 = new("4h", TimeSpan.FromHours(4));

    /// <summary>Eight hours.</summary>
    public static readonly Timeframe H8 = new("8h", TimeSpan.FromHours(8));

    /// <summary>Twelve hours.</summary>
    public static readonly Timeframe H12 = new("12h", TimeSpan.FromHours(12));

    /// <summary>One day.</summary>
    public static readonly Timeframe D1 = new("1d", TimeSpan.FromDays(1));

    /// <summary>Three days.</summary>
    public static readonly Timeframe D3 = new("3d", TimeSpan.FromDays(3));

    /// <summary>One week.</summary>
    public static readonly Timeframe W1 = new("1w", TimeSpan.FromDays(7));

    /// <summary>Every fixed-length interval, shortest first. (Hyperliquid's calendar month
    /// <c>1M</c> has no fixed length and is deliberately not a <see cref="Timeframe"/>.)</summary>
    public static IReadOnlyList<Timeframe> All { get; } = [M1, M3, M5, M15, M30, H1, H2, H4, H8, H12, D1, D3, W1];

    /// <summary>Parses a venue interval name such as <c>15m</c> or <c>1h</c>.</summary>
    /// <exception cref="FormatException">The name is not a known interval; the message names it.</exception>
    public static Timeframe Parse(string name) =>
        TryParse(name, out var timeframe)
            ? timeframe
            : throw new FormatException(
                $"Unknown timeframe '{name}'; expected one of {string.Join(", ", All.Select(t => t.Name))}.");

    /// <summary>Parses a venue interval name, returning false for an unknown one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out Timeframe timeframe)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
            {
                timeframe = candidate;
                return true;
            }
        }

        timeframe = default;
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
