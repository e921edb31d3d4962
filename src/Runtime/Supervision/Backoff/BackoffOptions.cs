namespace FractalTrader.Runtime;

/// <summary>
/// How a <see cref="BackoffSupervisor"/> runs its child; made by <see cref="Backoff.OnFailure"/>
/// or <see cref="Backoff.OnStop"/>. The n-th restart waits min(<see cref="MaxBackoff"/>,
/// <see cref="MinBackoff"/> × 2ⁿ) × (1 + random × <see cref="RandomFactor"/>), by the system's clock.
/// Immutable.
/// </summary>
public sealed record BackoffOptions
{
    internal BackoffOptions(BackoffMode mode, Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor)
    {
        ArgumentNullException.ThrowIfNull(childProps);
        ArgumentException.ThrowIfNullOrWhiteSpace(childName);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(minBackoff, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBackoff, minBackoff);
        if (!(randomFactor is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(randomFactor), randomFactor, "The random factor must be between 0 and 1.");
        }

        Mode = mode;
        ChildProps = childProps;
        ChildName = childName;
        MinBackoff = minBackoff;
        MaxBackoff = maxBackoff;
        RandomFactor = randomFactor;
        ResetBackoff = minBackoff;
    }

    /// <summary>Restart after failure or after any stop.</summary>
    public BackoffMode Mode { get; }

    /// <summary>How to create the child.</summary>
    public Props ChildProps { get; }

    /// <summary>The child's name.</summary>
    public string ChildName { get; }

    /// <summary>The delay before the first restart.</summary>
    public TimeSpan MinBackoff { get; }

    /// <summary>The cap of the doubling delay (before jitter).</summary>
    public TimeSpan MaxBackoff { get; }

    /// <summary>Jitter: each delay is stretched by up to this fraction, at random; 0 is exact.</summary>
    public double RandomFactor { get; }

    /// <summary>How long the child must run without failing before the restart count returns to 0; null: only on <see cref="BackoffSupervisor.Reset"/>. The default is <see cref="MinBackoff"/>.</summary>
    public TimeSpan? ResetBackoff { get; private init; }

    /// <summary>Restarts before the supervisor gives up and stops itself; -1 is unlimited (the default).</summary>
    public int MaxNrOfRetries { get; private init; } = -1;

    /// <summary>Maps the child's failures to directives (on failure mode); a restart becomes a backoff restart. The default is <see cref="SupervisorStrategy.DefaultDecider"/>.</summary>
    public IDecider Decider { get; private init; } = SupervisorStrategy.DefaultDecider;

    /// <summary>Resets the restart count after the child ran <paramref name="resetBackoff"/> without failing.</summary>
    public BackoffOptions WithAutoReset(TimeSpan resetBackoff)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(resetBackoff, TimeSpan.Zero);
        return this with { ResetBackoff = resetBackoff };
    }

    /// <summary>Resets the restart count only on <see cref="BackoffSupervisor.Reset"/>.</summary>
    public BackoffOptions WithManualReset() => this with { ResetBackoff = null };

    /// <summary>Gives up, stopping the supervisor, after <paramref name="maxNrOfRetries"/> restarts (-1: never).</summary>
    public BackoffOptions WithMaxNrOfRetries(int maxNrOfRetries)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNrOfRetries, -1);
        return this with { MaxNrOfRetries = maxNrOfRetries };
    }

    /// <summary>Decides about the child's failures with <paramref name="strategy"/>'s decider.</summary>
    public BackoffOptions WithSupervisorStrategy(SupervisorStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return this with { Decider = strategy.Decider };
    }

    /// <summary>The delay before restart number <paramref name="restartCount"/> (0-based), with <paramref name="random"/> in [0, 1).</summary>
    public TimeSpan DelayFor(int restartCount, double random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(restartCount);
        var doubled = restartCount >= 62 ? double.MaxValue : MinBackoff.Ticks * Math.Pow(2, restartCount);
        var ticks = Math.Min(MaxBackoff.Ticks, doubled) * (1 + (random * RandomFactor));
        return ticks >= TimeSpan.MaxValue.Ticks ? TimeSpan.MaxValue : TimeSpan.FromTicks((long)ticks);
    }
}
