namespace FractalTrader.Actors.Orders;

/// <summary>How the order router talks to the venue. Immutable.</summary>
public sealed record OrderRouterSettings
{
    /// <summary>Order actions (place, cancel, status) per minute the router allows itself. The default is 600.</summary>
    public int ActionsPerMinute { get; init; } = 600;

    /// <summary>
    /// The dead-man's switch: the venue cancels our orders this long (wall time; converted to market
    /// time when armed, so an accelerated paper venue gets the same wall-time grace) after the last
    /// refresh. At least 10 s and longer than <see cref="DeadManRefresh"/>. The default is 2 minutes.
    /// </summary>
    public TimeSpan DeadManWindow { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the dead-man's switch is re-armed (wall time); shorter than <see cref="DeadManWindow"/>. The default is 30 s.</summary>
    public TimeSpan DeadManRefresh { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait before asking again for the status of an order the venue could not report on (wall time). The default is 2 s.</summary>
    public TimeSpan StatusRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether the dead-man's switch is used at all (some venues have none). The default is true.</summary>
    public bool UseDeadManSwitch { get; init; } = true;
}
