namespace FractalTrader.Runtime.Tests.Persistence.PersistentActors;

/// <summary>The event an <see cref="Account"/> persists.</summary>
public sealed record Deposited(decimal Amount);

/// <summary>The snapshot an <see cref="Account"/> saves.</summary>
public sealed record AccountState(decimal Balance, int Events);

/// <summary>An event no serializer registers: persisting it is rejected.</summary>
public sealed record Unregistered(string Why);

/// <summary>What an <see cref="Account"/> reports to its probe as it applies an event.</summary>
public sealed record Applied(decimal Amount, long SequenceNr, bool Recovering);

/// <summary>What an <see cref="Account"/> answers to <see cref="Account.GetState"/>.</summary>
public sealed record AccountView(decimal Balance, int Events, long LastSequenceNr, long SnapshotSequenceNr);

/// <summary>What an <see cref="Account"/> reports when an event is rejected.</summary>
public sealed record Rejected(string EventType, long SequenceNr, Exception Cause);

/// <summary>What an <see cref="Account"/> reports when the journal fails.</summary>
public sealed record PersistFailed(string EventType, long SequenceNr, Exception Cause);

/// <summary>What an <see cref="Account"/> reports when recovery fails.</summary>
public sealed record RecoveryFailed(Exception Reason);

/// <summary>
/// A persistent actor for the specs: a balance built from <see cref="Deposited"/> events. It tells
/// its probe every event it applies, every snapshot offered, when recovery completes, and every
/// snapshot or delete outcome.
/// </summary>
public sealed class Account : ReceivePersistentActor
{
    private readonly string id;
    private readonly IActorRef probe;
    private decimal balance;
    private int events;

    public Account(string id, IActorRef probe)
    {
        this.id = id;
        this.probe = probe;
        Recover<Deposited>(Apply);
        Recover<SnapshotOffer>(offer =>
        {
            var state = (AccountState)offer.Snapshot;
            (balance, events) = (state.Balance, state.Events);
            probe.Tell(offer);
        });
        Recover<RecoveryCompleted>(_ => probe.Tell(new AccountView(balance, events, LastSequenceNr, SnapshotSequenceNr)));

        Command<Deposit>(c => Persist(new Deposited(c.Amount), e =>
        {
            Apply(e);
            Sender.Tell($"deposited {e.Amount}");
        }));
        Command<DepositEach>(c =>
        {
            foreach (var amount in c.Amounts)
            {
                Persist(new Deposited(amount), Apply);
            }

            probe.Tell("command handled");
        });
        Command<DepositAll>(c => PersistAll(c.Amounts.Select(a => new Deposited(a)), Apply));
        Command<DepositTagged>(c => Persist(new Tagged(new Deposited(c.Amount), [c.Tag]), t => Apply((Deposited)t.Payload)));
        Command<PersistUnregistered>(_ =>
        {
            Persist(new Unregistered("not registered"), _ => probe.Tell("handler of a rejected event ran"));
            Persist(new Deposited(1), Apply);
        });
        RegisterOrderingCommands();
        Command<GetState>(_ => Sender.Tell(new AccountView(balance, events, LastSequenceNr, SnapshotSequenceNr)));
        Command<TakeSnapshot>(_ => SaveSnapshot(new AccountState(balance, events)));
        Command<DeleteEventsUpTo>(c => DeleteMessages(c.SequenceNr));
        Command<DeleteSnapshotsUpTo>(c => DeleteSnapshots(SnapshotSelectionCriteria.UpTo(c.SequenceNr)));
        Command<DeleteSnapshotAt>(c => DeleteSnapshot(c.SequenceNr));
        Command<Crash>(c => throw new InvalidOperationException(c.Why));
        Command<SaveSnapshotSuccess>(probe.Tell);
        Command<SaveSnapshotFailure>(probe.Tell);
        Command<DeleteMessagesSuccess>(probe.Tell);
        Command<DeleteMessagesFailure>(probe.Tell);
        Command<DeleteSnapshotsSuccess>(probe.Tell);
        Command<DeleteSnapshotSuccess>(probe.Tell);
    }

    public override string PersistenceId => id;

    private void RegisterOrderingCommands()
    {
        Command<DepositNested>(_ =>
        {
            Persist(new Deposited(1), e =>
            {
                Apply(e);
                Persist(new Deposited(10), Apply);
            });
            Persist(new Deposited(2), e =>
            {
                Apply(e);
                Persist(new Deposited(20), Apply);
            });
        });
        Command<DepositAndDefer>(c =>
        {
            DeferAsync("deferred with nothing pending", probe.Tell);
            Persist(new Deposited(c.First), Apply);
            DeferAsync("deferred after the first", probe.Tell);
            Persist(new Deposited(c.Second), Apply);
            DeferAsync("deferred last", probe.Tell);
            probe.Tell("command handled");
        });
        Command<DepositAllWithUnregistered>(_ => PersistAll(new object[] { new Deposited(1), new Unregistered("in the middle"), new Deposited(2) }, e => Apply((Deposited)e)));
    }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        base.OnPersistRejected(cause, @event, sequenceNr);
        probe.Tell(new Rejected(@event.GetType().Name, sequenceNr, cause));
    }

    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        base.OnPersistFailure(cause, @event, sequenceNr);
        probe.Tell(new PersistFailed(@event.GetType().Name, sequenceNr, cause));
    }

    protected override void OnRecoveryFailure(Exception reason, object? message = null)
    {
        base.OnRecoveryFailure(reason, message);
        probe.Tell(new RecoveryFailed(reason));
    }

    protected override object? CreateSnapshot() => new AccountState(balance, events);

    private void Apply(Deposited e)
    {
        balance += e.Amount;
        events++;
        probe.Tell(new Applied(e.Amount, LastSequenceNr, IsRecovering));
    }

    public sealed record Deposit(decimal Amount);

    public sealed record DepositEach(params decimal[] Amounts);

    public sealed record DepositAll(params decimal[] Amounts);

    public sealed record DepositNested;

    public sealed record DepositAndDefer(decimal First, decimal Second);

    public sealed record DepositAllWithUnregistered;

    public sealed record DepositTagged(decimal Amount, string Tag);

    public sealed record PersistUnregistered;

    public sealed record GetState;

    public sealed record TakeSnapshot;

    public sealed record DeleteEventsUpTo(long SequenceNr);

    public sealed record DeleteSnapshotsUpTo(long SequenceNr);

    public sealed record DeleteSnapshotAt(long SequenceNr);

    public sealed record Crash(string Why);
}
