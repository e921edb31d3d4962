using FractalTrader.Runtime.Tests.Persistence.Sqlite;
using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Persistence.PersistentActors;

/// <summary>The persistent-actor specs on <see cref="SqlitePersistence"/>, a fresh file per test.</summary>
public sealed class SqlitePersistentActorSpecs(ITestOutputHelper output) : PersistentActorSpecs(output)
{
    protected override Task<IPersistencePlugin> OpenAsync(EventSerializer serializer, TimeProvider clock) => TemporaryJournal.OpenAsync(serializer, clock);
}
