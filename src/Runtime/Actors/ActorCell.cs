namespace FractalTrader.Runtime;

/// <summary>
/// Everything the runtime keeps for one actor across its restarts: mailbox, state, children,
/// supervision and watch bookkeeping, and the current instance. It is the actor's
/// <see cref="IActorContext"/> and the work item the dispatcher runs. Its context methods belong
/// to the actor's own turn; the send methods are thread-safe.
/// </summary>
/// <remarks>Split by concern: dispatch, invoke, lifecycle, supervision, children, death watch, async.</remarks>
internal sealed partial class ActorCell : IActorContext
{
    [ThreadStatic]
    private static ActorCell? current;

    [ThreadStatic]
    private static ActorCell? constructing;

    private readonly ActorSystem system;
    private readonly MessageQueue mailbox;
    private ActorBase? actor;
    private Receive? behavior;
    private CellExtras? extras;
    private object? currentMessage;
    private IActorRef? currentSender;
    private long processed;
    private int restarts;
    private int dropped;
    private ActorFailure? lastFailure;

    public ActorCell(ActorSystem system, ActorCell? parent, ActorPath path, Props props, MailboxType mailboxType)
    {
        this.system = system;
        ParentCell = parent;
        Path = path;
        Props = props;
        Self = new LocalActorRef(this);
        mailbox = mailboxType.CreateQueue();
    }

    /// <summary>The cell whose turn runs on this thread, if any: gives implicit senders and <c>Forward</c> their sender.</summary>
    public static ActorCell? Current => current;

    /// <summary>The cell whose actor instance is being constructed on this thread; read by <see cref="ActorBase"/>'s constructor.</summary>
    public static ActorCell? Constructing => constructing;

    public ActorSystem System => system;

    public ActorCell? ParentCell { get; }

    public ActorPath Path { get; }

    public Props Props { get; }

    public IActorRef Self { get; }

    public IActorRef Sender => currentSender ?? system.DeadLetters;

    public IActorRef Parent => ParentCell?.Self ?? ActorRefs.Nobody;

    /// <summary>The message being processed, for stashing.</summary>
    public object? CurrentMessage => currentMessage;

    /// <summary>Counts messages taken for processing (introspection's "messages processed"); identifies the current one.</summary>
    public long Sequence => processed;

    /// <summary>The actor instance; null before creation, between a restart's stop and start, and after termination.</summary>
    public ActorBase? Actor => actor;

    ActorSystem IActorContext.System => system;

    private CellExtras Extras
    {
        get
        {
            var existing = Volatile.Read(ref extras);
            return existing ?? Interlocked.CompareExchange(ref extras, new CellExtras(), null) ?? extras!;
        }
    }

    public override string ToString() => $"ActorCell[{Path}]";
}
