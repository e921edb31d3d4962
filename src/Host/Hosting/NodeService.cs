using FractalTrader.Actors.Node;
using FractalTrader.Host.Configuration;
using FractalTrader.Host.Health;
using FractalTrader.Host.Node;
using FractalTrader.Host.Venues;
using FractalTrader.Messages.Alerts;
using FractalTrader.Runtime;

namespace FractalTrader.Host.Hosting;

/// <summary>
/// Runs the trading node inside the web host: opens the venue, the journal and the actor system,
/// starts the node, and on shutdown (Ctrl+C, SIGTERM) stops strategies, drains the router, flushes
/// the journal and closes the venue, in that order. The node starts in the background, so the
/// health endpoints answer while the venue is slow to reach (live, not ready); a start that fails
/// stops the host with <see cref="StartFailure"/> set. Readiness is the node's. Thread-safe.
/// </summary>
public sealed class NodeService : IHostedService
{
    private readonly NodeHostSettings settings;
    private readonly ILoggerFactory loggers;
    private readonly IHostApplicationLifetime lifetime;
    private readonly ILogger log;
    private readonly CancellationTokenSource stopping = new();
    private Task starting = Task.CompletedTask;
    private VenueConnection? venue;
    private ActorSystem? system;
    private volatile TradingNode? node;
    private volatile Exception? startFailure;

    /// <summary>Creates the service.</summary>
    public NodeService(NodeHostSettings settings, ILoggerFactory loggers, IHostApplicationLifetime lifetime)
    {
        this.settings = settings ?? throw new ArgumentNullException(nameof(settings));
        this.loggers = loggers ?? throw new ArgumentNullException(nameof(loggers));
        this.lifetime = lifetime ?? throw new ArgumentNullException(nameof(lifetime));
        log = loggers.CreateLogger<NodeService>();
    }

    /// <summary>Why the node could not start (the host then stops and exits 1), or null.</summary>
    public Exception? StartFailure => startFailure;

    /// <summary>The running node, null until it has started (the management API asks its actors).</summary>
    public TradingNode? Node => node;

    /// <summary>Whether the node has passed its first reconciliation.</summary>
    public bool IsReady => node?.IsReady == true;

    /// <summary>The venue's dead-man's switch as the order router last reported it.</summary>
    public DeadManSwitchWatch DeadManSwitch { get; } = new();

    /// <summary>Whether the node is up: starting or started, and not failed.</summary>
    public bool IsLive => startFailure is null && node is not { Ready.IsFaulted: true };

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        starting = Task.Run(() => StartNodeAsync(stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task StartNodeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await OpenAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            startFailure = e;
            log.LogCritical(e, "Node {Node} failed to start: {Reason}", settings.NodeName, e.Message);
            lifetime.StopApplication();
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped while starting: StopAsync closes whatever was opened.
        }
    }

    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        venue = VenueConnection.Open(settings, loggers);
        log.LogInformation("Node {Node} trading on {Venue}", settings.NodeName, venue.Description);
        var journalPath = Path.GetFullPath(settings.Journal.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(journalPath)!);
        var plugin = await SqlitePersistence.OpenAsync(settings.Journal with { Path = journalPath }, TradingJournal.Serializer(), cancellationToken);
        log.LogInformation("Journal {Journal} (snapshot every {SnapshotEvery} events)", journalPath, settings.SnapshotEvery);
        var journalEmpty = await IsEmptyAsync(plugin.ReadJournal, cancellationToken);
        system = ActorSystem.Create("fractal", settings.Actors with { LoggerFactory = loggers });
        DeadManSwitch.Follow(system);
        var nodeSettings = NodeLauncher.Settings(settings, venue);
        Persistence.Configure(system, plugin, TradingJournal.PersistenceSettings(nodeSettings));
        node = await TradingNode.StartAsync(system, venue.Exchange, nodeSettings, cancellationToken);
        _ = ReportReadinessAsync(node, journalEmpty);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        log.LogInformation("Stopping: strategies, then the order router, then the journal");
        await stopping.CancelAsync();
        await starting.WaitAsync(cancellationToken);
        if (node is not null)
        {
            await node.StopAsync(cancellationToken);
            await node.DisposeAsync();
        }

        if (system is not null)
        {
            // Terminating the system disposes the persistence plugin, which flushes the journal.
            await system.Terminate().WaitAsync(cancellationToken);
        }

        if (venue is not null)
        {
            await venue.DisposeAsync();
        }

        stopping.Dispose();
        if (startFailure is null)
        {
            log.LogInformation("Node {Node} stopped cleanly", settings.NodeName);
        }
    }

    private static async Task<bool> IsEmptyAsync(IReadJournal journal, CancellationToken cancellationToken)
    {
        await foreach (var _ in journal.CurrentPersistenceIds(cancellationToken))
        {
            return false;
        }

        return true;
    }

    private async Task ReportReadinessAsync(TradingNode started, bool journalEmpty)
    {
        try
        {
            await started.Ready;
            log.LogInformation("Node {Node} ready: first reconciliation passed, trading enabled", settings.NodeName);
            if (journalEmpty)
            {
                await AlertOnUnjournaledPositionsAsync();
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.LogError(e, "Node {Node} is not ready: its first reconciliation failed", settings.NodeName);
        }
    }

    /// <summary>
    /// A node that starts with an empty journal while the venue holds positions lost its journal (or
    /// shares the account): the reconciler adopted the positions; the operator must hear of it.
    /// </summary>
    private async Task AlertOnUnjournaledPositionsAsync()
    {
        var held = (await venue!.Exchange.GetPositionsAsync(stopping.Token)).Where(p => p.SignedSize != 0).ToList();
        if (held.Count == 0)
        {
            return;
        }

        var text = $"started with an empty journal while the venue holds {string.Join(", ", held.Select(p => $"{p.Symbol} {p.SignedSize}"))}: "
            + "the venue's positions were adopted, none is added to";
        var alert = new Alert(AlertSeverity.Critical, "host", text, venue.Clock.Now);
        log.LogCritical("Alert ({Severity}): {Text}", alert.Severity, alert.Text);
        system!.EventStream.Publish(alert);
    }
}
