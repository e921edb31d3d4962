namespace FractalTrader.Runtime;

/// <summary><c>GracefulStop</c>, as in Akka.NET: stop an actor and await its termination.</summary>
public static class GracefulStopSupport
{
    /// <summary>Sends <see cref="PoisonPill"/> and completes with true once the actor has terminated (its children and <c>PostStop</c> included).</summary>
    /// <exception cref="TaskCanceledException">The task faults with it when the actor has not terminated within <paramref name="timeout"/> (by the system's clock), as in Akka.NET.</exception>
    public static Task<bool> GracefulStop(this IActorRef target, TimeSpan timeout) => GracefulStop(target, timeout, PoisonPill.Instance);

    /// <summary>Like <see cref="GracefulStop(IActorRef, TimeSpan)"/>, sending <paramref name="stopMessage"/> (which must make the actor stop) instead.</summary>
    public static Task<bool> GracefulStop(this IActorRef target, TimeSpan timeout, object stopMessage)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(stopMessage);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        if (target is not LocalActorRef local)
        {
            throw new ArgumentException($"GracefulStop needs an actor of an ActorSystem, not {target}.", nameof(target));
        }

        if (local.IsTerminated)
        {
            return Task.FromResult(true);
        }

        var system = local.Cell.System;
        var completion = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        ITimer? timer = null;
        var watcher = new DeathWatchCallback(system.NextTempPath(), _ =>
        {
            completion.TrySetResult(true);
            Interlocked.Exchange(ref timer, null)?.Dispose();
        });
        timer = system.TimeProvider.CreateTimer(
            _ =>
            {
                if (completion.TrySetCanceled())
                {
                    local.SendSystemMessage(new Unwatch(local, watcher));
                }
            },
            null,
            timeout,
            Timeout.InfiniteTimeSpan);
        if (completion.Task.IsCompleted)
        {
            timer.Dispose();
        }

        watcher.WatchOver(local);
        local.Tell(stopMessage, ActorRefs.NoSender);
        return completion.Task;
    }
}
