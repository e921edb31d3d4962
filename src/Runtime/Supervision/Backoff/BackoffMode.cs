namespace FractalTrader.Runtime;

/// <summary>When a <see cref="BackoffSupervisor"/> starts its child again.</summary>
public enum BackoffMode
{
    /// <summary>After the child fails (and the decider says restart): the child is stopped and started again after the backoff.</summary>
    OnFailure,

    /// <summary>After the child stops, for whatever reason: it is started again after the backoff.</summary>
    OnStop,
}
