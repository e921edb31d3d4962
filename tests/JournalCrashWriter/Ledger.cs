using FractalTrader.Runtime;

namespace FractalTrader.JournalCrashWriter;

/// <summary>
/// A persistent actor for the kill -9 drill: each <see cref="Post"/> persists its amounts with one
/// PersistAll (one Persist for a single amount) and answers with the state once every handler ran.
/// Recovery checks that every command is whole. Snapshots are taken automatically.
/// </summary>
internal sealed class Ledger : ReceivePersistentActor
{
    private readonly string id;
    private LedgerState state = new(0, 0, 0, Partial: false);
    private int nextIndex;

    public Ledger(string id)
    {
        this.id = id;
        Recover<SnapshotOffer>(offer => state = (LedgerState)offer.Snapshot);
        Recover<Posted>(Apply);
        Recover<RecoveryCompleted>(_ => state = state with { Partial = state.Partial || nextIndex != 0 });
        Command<Post>(post =>
        {
            var entries = post.Amounts.Select((amount, i) => new Posted(post.Command, i, post.Amounts.Length, amount)).ToArray();
            if (entries.Length == 1)
            {
                Persist(entries[0], e => Handle(e));
            }
            else
            {
                PersistAll(entries, e => Handle(e));
            }
        });
        Command<string>(query => string.Equals(query, "state", StringComparison.Ordinal), _ => Sender.Tell(state));
        Command<SaveSnapshotSuccess>(_ => { });
    }

    public override string PersistenceId => id;

    protected override object? CreateSnapshot() => state;

    private void Handle(Posted posted)
    {
        Apply(posted);
        if (posted.Index == posted.Size - 1)
        {
            Sender.Tell(state);
        }
    }

    private void Apply(Posted posted)
    {
        // Entries of a command arrive in order and whole; anything else is a partial write.
        var partial = posted.Index != nextIndex || (posted.Index == 0 && posted.Command != state.LastCommand + 1);
        nextIndex = posted.Index == posted.Size - 1 ? 0 : posted.Index + 1;
        state = new LedgerState(
            state.Entries + 1,
            state.Balance + posted.Amount,
            nextIndex == 0 ? posted.Command : state.LastCommand,
            state.Partial || partial);
    }
}
