using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Persistence;

/// <summary>
/// The persistent actor the persistence benchmarks drive: persists every <see cref="BenchFill"/>
/// it is told, answers a <see cref="RecordFill"/> once that fill is durable, and a
/// <see cref="FillsPersisted"/> query once it has persisted that many fills. Recovery counts the
/// replayed fills; whether it starts from a snapshot is chosen at construction.
/// </summary>
public sealed class FillBook : ReceivePersistentActor
{
    private readonly string persistenceId;
    private readonly bool fromSnapshot;
    private long fills;
    private long lastSequence;
    private (IActorRef Waiter, long Count)? awaited;

    public FillBook(string persistenceId, bool fromSnapshot)
    {
        this.persistenceId = persistenceId;
        this.fromSnapshot = fromSnapshot;
        Recover<SnapshotOffer>(offer => lastSequence = ((BenchFill)offer.Snapshot).Sequence);
        Recover<BenchFill>(fill =>
        {
            fills++;
            lastSequence = fill.Sequence;
        });
        Command<BenchFill>(fill => Persist(fill, Apply));
        Command<RecordFill>(record => Persist(record.Fill, fill =>
        {
            Apply(fill);
            Sender.Tell(fill.Sequence);
        }));
        Command<FillsPersisted>(query =>
        {
            awaited = (Sender, query.Count);
            AnswerIfDone();
        });
        Command<LastFill>(_ => Sender.Tell(lastSequence));
    }

    /// <inheritdoc />
    public override string PersistenceId => persistenceId;

    /// <inheritdoc />
    protected override Recovery Recovery => fromSnapshot ? Recovery.Default : new Recovery(SnapshotSelectionCriteria.None);

    private void Apply(BenchFill fill)
    {
        fills++;
        lastSequence = fill.Sequence;
        AnswerIfDone();
    }

    private void AnswerIfDone()
    {
        if (awaited is { } wait && fills >= wait.Count)
        {
            wait.Waiter.Tell(fills);
            awaited = null;
        }
    }

    /// <summary>Persist this fill and answer with its sequence once durable.</summary>
    public sealed record RecordFill(BenchFill Fill);

    /// <summary>Answer with the number of fills once at least <paramref name="Count"/> are persisted.</summary>
    public sealed record FillsPersisted(long Count);

    /// <summary>Answer with the sequence of the last fill (after recovery: the last recovered).</summary>
    public sealed record LastFill
    {
        /// <summary>The query.</summary>
        public static LastFill Instance { get; } = new();
    }
}
