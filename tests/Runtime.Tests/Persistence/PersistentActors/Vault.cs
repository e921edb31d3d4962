namespace FractalTrader.Runtime.Tests.Persistence.PersistentActors;

/// <summary>The event a <see cref="Vault"/> persists when it opens.</summary>
public sealed record VaultOpened(string By);

/// <summary>
/// A persistent actor with its own stash: deposits arriving while it is closed are stashed by the
/// actor itself (IWithStash) and unstashed, in order, by the handler of the persisted opening.
/// </summary>
public sealed class Vault : ReceivePersistentActor, IWithStash
{
    private readonly IActorRef probe;
    private bool open;
    private decimal balance;

    public Vault(IActorRef probe)
    {
        this.probe = probe;
        Recover<VaultOpened>(_ => open = true);
        Recover<Deposited>(e => balance += e.Amount);
        Recover<RecoveryCompleted>(_ => probe.Tell($"recovered open={open} balance={balance}"));
        Command<Account.Deposit>(_ => !open, _ => Stash.Stash());
        Command<Account.Deposit>(c => Persist(new Deposited(c.Amount), e =>
        {
            balance += e.Amount;
            probe.Tell($"deposited {e.Amount}, balance {balance}");
        }));
        Command<string>(s => string.Equals(s, "open", StringComparison.Ordinal), _ => Persist(new VaultOpened("operator"), _ =>
        {
            open = true;
            probe.Tell("opened");
            Stash.UnstashAll();
        }));
    }

    public override string PersistenceId => "vault";

    public IStash Stash { get; set; } = null!;
}
