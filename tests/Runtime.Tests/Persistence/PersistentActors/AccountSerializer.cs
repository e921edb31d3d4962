namespace FractalTrader.Runtime.Tests.Persistence.PersistentActors;

/// <summary>The serializer every persistent-actor spec uses: <see cref="Deposited"/> and <see cref="AccountState"/>, not <see cref="Unregistered"/>.</summary>
public static class AccountSerializer
{
    public static EventSerializer Instance { get; } = new EventSerializerBuilder()
        .Register<Deposited>("deposited")
        .Register<AccountState>("account-state")
        .Register<VaultOpened>("vault-opened")
        .Build();
}
