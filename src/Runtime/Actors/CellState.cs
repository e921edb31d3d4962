namespace FractalTrader.Runtime;

/// <summary>Where an actor is in its life; held by its cell and shown by introspection.</summary>
internal enum CellState
{
    /// <summary>Created; the instance and <c>PreStart</c> have not run yet.</summary>
    Starting,

    /// <summary>Processing messages.</summary>
    Running,

    /// <summary>Failed; waiting for its supervisor's directive, user messages wait.</summary>
    Suspended,

    /// <summary>Restarting; waiting for the children it stopped to terminate.</summary>
    Restarting,

    /// <summary>Stopping; waiting for its children to terminate before <c>PostStop</c>.</summary>
    Stopping,

    /// <summary>Terminated; messages go to dead letters.</summary>
    Terminated,
}
