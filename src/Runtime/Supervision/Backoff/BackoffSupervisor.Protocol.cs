namespace FractalTrader.Runtime;

/// <summary>The messages a <see cref="BackoffSupervisor"/> answers, nested as in Akka.NET.</summary>
public sealed partial class BackoffSupervisor
{
    /// <summary>Asks for the current child; answered with <see cref="CurrentChild"/>. Immutable singleton.</summary>
    public sealed class GetCurrentChild
    {
        private GetCurrentChild()
        {
        }

        /// <summary>The only instance.</summary>
        public static GetCurrentChild Instance { get; } = new();
    }

    /// <summary>The current child, or null while it is down. Immutable.</summary>
    public sealed record CurrentChild(IActorRef? Ref);

    /// <summary>Asks for the restart count; answered with <see cref="RestartCount"/>. Immutable singleton.</summary>
    public sealed class GetRestartCount
    {
        private GetRestartCount()
        {
        }

        /// <summary>The only instance.</summary>
        public static GetRestartCount Instance { get; } = new();
    }

    /// <summary>How many backoff restarts have happened since the last reset. Immutable.</summary>
    public sealed record RestartCount(int Count);

    /// <summary>Resets the restart count, so the next delay is the minimum again. Immutable singleton.</summary>
    public sealed class Reset
    {
        private Reset()
        {
        }

        /// <summary>The only instance.</summary>
        public static Reset Instance { get; } = new();
    }

    private sealed record StartChildNow(int Generation)
    {
        public const string Key = "backoff-start-child";
    }

    private sealed record ResetRestartCount(int Generation)
    {
        public const string Key = "backoff-reset-restart-count";
    }
}
