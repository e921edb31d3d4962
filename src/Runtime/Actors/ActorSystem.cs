using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Runtime;

/// <summary>
/// A tree of actors sharing a dispatcher, an event stream, dead letters, a clock and logging
/// (Akka.NET's <c>ActorSystem</c>). Create one per process (tests: one per test) with
/// <see cref="Create"/>, create top-level actors with <see cref="ActorOf"/>, and end it with
/// <see cref="Terminate"/>. Thread-safe.
/// </summary>
public sealed partial class ActorSystem : IActorRefFactory, IAsyncDisposable
{
    private readonly ActorCell root;
    private readonly ActorCell userGuardian;
    private readonly ActorCell systemGuardian;
    private readonly TaskCompletionSource whenTerminated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly DeadLetterLog deadLetterLog;
    private readonly ConcurrentDictionary<Type, Lazy<IExtension>> extensions = new();
    private readonly ConcurrentQueue<Action> terminationCallbacks = new();
    private readonly long startTimestamp;
    private long deadLetterCount;
    private long tempSequence;
    private int terminating;

    private ActorSystem(string name, ActorSystemOptions options)
    {
        Name = name;
        Options = options;
        TimeProvider = options.TimeProvider;
        LoggerFactory = options.LoggerFactory;
        Throughput = options.Throughput;
        Dispatcher = options.Dispatcher ?? ThreadPoolDispatcher.Instance;
        RuntimeLog = LoggerFactory.CreateLogger("FractalTrader.Runtime");
        Log = LoggerFactory.CreateLogger($"FractalTrader.Runtime.ActorSystem.{name}");
        EventStream = new EventStream();
        Scheduler = new Scheduler(TimeProvider);
        AskTimeouts = new AskTimeouts(TimeProvider);
        DeadLetters = new DeadLetterActorRef(this);
        deadLetterLog = new DeadLetterLog(RuntimeLog, TimeProvider, options);
        DefaultSupervisorStrategy = new OneForOneStrategy(options.SupervisionMaxNrOfRetries, options.SupervisionWithinTimeRange, SupervisorStrategy.DefaultDecider);
        StartTime = TimeProvider.GetUtcNow();
        startTimestamp = TimeProvider.GetTimestamp();

        var guardian = Props.Create<GuardianActor>();
        root = new ActorCell(this, null, ActorPath.Root, guardian.WithSupervisorStrategy(SupervisorStrategy.StoppingStrategy), UnboundedMailbox.Instance);
        userGuardian = ((LocalActorRef)root.ActorOf(guardian, "user")).Cell;
        systemGuardian = ((LocalActorRef)root.ActorOf(guardian, "system")).Cell;
        root.SendSystemMessage(new Create());
        new DeathWatchCallback(ActorPath.Root / "user-guardian-watch", _ => OnUserGuardianTerminated()).WatchOver((IInternalActorRef)userGuardian.Self);
        new DeathWatchCallback(ActorPath.Root / "system-guardian-watch", _ => root.SendSystemMessage(new Terminate(null))).WatchOver((IInternalActorRef)systemGuardian.Self);
        new DeathWatchCallback(ActorPath.Root / "root-watch", _ => OnRootTerminated()).WatchOver((IInternalActorRef)root.Self);
    }

    /// <summary>The system's name.</summary>
    public string Name { get; }

    /// <summary>The settings the system was created with.</summary>
    public ActorSystemOptions Options { get; }

    /// <summary>The clock behind every timer and timeout of the runtime.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Where the runtime and actors log.</summary>
    public ILoggerFactory LoggerFactory { get; }

    /// <summary>A logger for code that works with the system from outside actors.</summary>
    public ILogger Log { get; }

    /// <summary>The system-wide publish/subscribe bus.</summary>
    public EventStream EventStream { get; }

    /// <summary>Where undeliverable messages go; whatever is sent here is counted, published and logged.</summary>
    public IActorRef DeadLetters { get; }

    /// <summary>Sends messages later, by <see cref="TimeProvider"/>.</summary>
    public Scheduler Scheduler { get; }

    /// <summary>When the system started, by <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset StartTime { get; }

    /// <summary>How long the system has been running, by <see cref="TimeProvider"/>.</summary>
    public TimeSpan Uptime => TimeProvider.GetElapsedTime(startTimestamp);

    /// <summary>How many messages could not be delivered since start.</summary>
    public long DeadLetterCount => Interlocked.Read(ref deadLetterCount);

    /// <summary>Completes when the system has terminated: every actor stopped, children first.</summary>
    public Task WhenTerminated => whenTerminated.Task;

    /// <summary>The strategy actors use unless they or their props say otherwise.</summary>
    internal SupervisorStrategy DefaultSupervisorStrategy { get; }

    internal ILogger RuntimeLog { get; }

    internal AskTimeouts AskTimeouts { get; }

    internal int Throughput { get; }

    internal Dispatcher Dispatcher { get; }

    internal ActorCell RootCell => root;

    internal bool IsTerminating => Volatile.Read(ref terminating) == 1;

    /// <summary>Creates and starts a system.</summary>
    /// <param name="name">Letters, digits, '-' and '_', starting with a letter or digit.</param>
    /// <param name="options">Settings; <see cref="ActorSystemOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The name or a setting is invalid; the message names it.</exception>
    public static ActorSystem Create(string name, ActorSystemOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || !char.IsAsciiLetterOrDigit(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException(
                $"Invalid actor system name '{name}': use letters, digits, '-' and '_', starting with a letter or digit.",
                nameof(name));
        }

        options ??= ActorSystemOptions.Default;
        options.Validate();
        return new ActorSystem(name, options);
    }

    /// <summary>Creates a top-level actor under <c>/user</c>.</summary>
    public IActorRef ActorOf(Props props, string? name = null)
    {
        EnsureRunning(name);
        return userGuardian.ActorOf(props, name);
    }

    /// <summary>Selects actors by exact path: absolute (<c>/user/a</c>) or relative to the root (<c>user/a</c>).</summary>
    public ActorSelection ActorSelection(string path) => new(this, root, path);

    /// <summary>Stops <paramref name="actor"/> after the message it is processing.</summary>
    public void Stop(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        (actor as IInternalActorRef)?.SendSystemMessage(new Terminate(null));
    }

    /// <summary>
    /// Stops every actor, children first (each <c>PostStop</c> runs), then the system; idempotent.
    /// Completes with <see cref="WhenTerminated"/>.
    /// </summary>
    public Task Terminate()
    {
        if (Interlocked.Exchange(ref terminating, 1) == 0)
        {
            userGuardian.SendSystemMessage(new Terminate(null));
        }

        return WhenTerminated;
    }

    /// <summary>Runs <paramref name="callback"/> once the system has terminated.</summary>
    public void RegisterOnTermination(Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        terminationCallbacks.Enqueue(callback);
    }

    /// <summary>
    /// The live actor tree with each actor's path, type, state, mailbox depth, messages processed,
    /// restarts and last failure. Safe from any thread at any time; it reads counters the actors
    /// publish and never pauses them.
    /// </summary>
    public ActorSystemDescription Describe() =>
        new(Name, TimeProvider.GetUtcNow(), Uptime, DeadLetterCount, root.Describe());

    /// <summary>The system's instance of the extension <paramref name="extensionId"/> creates, created on first use.</summary>
    public T WithExtension<T>(IExtensionId<T> extensionId)
        where T : class, IExtension
    {
        ArgumentNullException.ThrowIfNull(extensionId);
        var lazy = extensions.GetOrAdd(typeof(T), _ => new Lazy<IExtension>(() => extensionId.CreateExtension(this)));
        return (T)lazy.Value;
    }

    /// <summary>The system's instance of extension <typeparamref name="T"/>, created by a <typeparamref name="TExtensionId"/> on first use.</summary>
    public T WithExtension<T, TExtensionId>()
        where T : class, IExtension
        where TExtensionId : IExtensionId<T>, new() => WithExtension(new TExtensionId());

    /// <summary>The extension of type <typeparamref name="T"/> if it has been created.</summary>
    public T? GetExtension<T>()
        where T : class, IExtension =>
        extensions.TryGetValue(typeof(T), out var lazy) && lazy.IsValueCreated ? (T)lazy.Value : null;

    /// <summary>Whether the extension of type <typeparamref name="T"/> has been created.</summary>
    public bool HasExtension<T>()
        where T : class, IExtension => GetExtension<T>() is not null;

    /// <summary>Terminates the system and waits for it.</summary>
    public async ValueTask DisposeAsync() => await Terminate();

    /// <inheritdoc />
    public override string ToString() => $"ActorSystem[{Name}]";

    /// <summary>Creates a runtime actor under <c>/system</c> (test actors, journals).</summary>
    internal IActorRef SystemActorOf(Props props, string? name = null)
    {
        EnsureRunning(name);
        return systemGuardian.ActorOf(props, name);
    }

    internal ActorPath NextTempPath() => ActorPath.Root / "temp" / ActorName.Generate(Interlocked.Increment(ref tempSequence));

    private void EnsureRunning(string? name)
    {
        if (IsTerminating)
        {
            throw new InvalidOperationException($"Cannot create actor '{name ?? "(unnamed)"}': the actor system '{Name}' is terminating.");
        }
    }

    private void OnRootTerminated() => _ = FinishTerminationAsync();

    private void OnUserGuardianTerminated()
    {
        Interlocked.Exchange(ref terminating, 1);
        systemGuardian.SendSystemMessage(new Terminate(null));
    }
}
