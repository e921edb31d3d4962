namespace FractalTrader.Host.Node;

/// <summary>A started trading node as the host sees it: readiness and a clean stop. Implementations are thread-safe.</summary>
public interface IRunningNode : IAsyncDisposable
{
    /// <summary>Completes after the first reconciliation with the venue; trading starts only then.</summary>
    Task Ready { get; }

    /// <summary>Whether <see cref="Ready"/> has completed successfully.</summary>
    bool IsReady { get; }

    /// <summary>Stops strategies, drains the order router and flushes the journal.</summary>
    Task StopAsync(CancellationToken cancellationToken);
}
