using FractalTrader.TestKit.Persistence;

namespace FractalTrader.Runtime.Tests.Persistence.InMemory;

public sealed class MemoryJournalSpecs : JournalSpec
{
    protected override Task<IPersistencePlugin> OpenAsync(EventSerializer serializer, TimeProvider clock) =>
        Task.FromResult<IPersistencePlugin>(new MemoryPersistence(serializer, clock));
}

public sealed class MemoryReadJournalSpecs : ReadJournalSpec
{
    protected override Task<IPersistencePlugin> OpenAsync(EventSerializer serializer, TimeProvider clock) =>
        Task.FromResult<IPersistencePlugin>(new MemoryPersistence(serializer, clock));
}

public sealed class MemorySnapshotStoreSpecs : SnapshotStoreSpec
{
    protected override Task<IPersistencePlugin> OpenAsync(EventSerializer serializer, TimeProvider clock) =>
        Task.FromResult<IPersistencePlugin>(new MemoryPersistence(serializer, clock));
}
