using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Persistence.PersistentActors;

/// <summary>The persistent-actor specs on <see cref="MemoryPersistence"/>.</summary>
public sealed class MemoryPersistentActorSpecs(ITestOutputHelper output) : PersistentActorSpecs(output)
{
    protected override Task<IPersistencePlugin> OpenAsync(EventSerializer serializer, TimeProvider clock) =>
        Task.FromResult<IPersistencePlugin>(new MemoryPersistence(serializer, clock));
}
