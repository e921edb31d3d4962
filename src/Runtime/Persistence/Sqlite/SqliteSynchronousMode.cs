namespace FractalTrader.Runtime;

/// <summary>
/// SQLite's <c>PRAGMA synchronous</c> for the journal's writer: how hard a commit waits for the
/// disk. In WAL mode every level survives a killed process; only <see cref="Full"/> and
/// <see cref="Extra"/> also survive power loss or an OS crash.
/// </summary>
public enum SqliteSynchronousMode
{
    /// <summary>No fsync: fastest, loses recent commits on power loss.</summary>
    Off = 0,

    /// <summary>fsync at checkpoints only: may lose the last commits on power loss.</summary>
    Normal = 1,

    /// <summary>fsync of the write-ahead log at every commit: a commit that returned is durable. The default.</summary>
    Full = 2,

    /// <summary>As <see cref="Full"/>, and also syncs the directory.</summary>
    Extra = 3,
}
