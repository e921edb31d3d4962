using FractalTrader.Runtime;
using Xunit;

namespace FractalTrader.TestKit.Persistence;

/// <summary>
/// The conformance suite every snapshot store passes: load the latest snapshot that criteria
/// select, replace at the same sequence number, delete one or by criteria, refuse what cannot be
/// serialized, and name the snapshot that cannot be read back. Inherit it and say how to open a
/// fresh, empty plugin.
/// </summary>
public abstract class SnapshotStoreSpec : PersistencePluginSpec
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    protected ISnapshotStore Snapshots => Plugin.SnapshotStore;

    private static SnapshotMetadata At(long sequenceNr, string persistenceId = "portfolio") => new(persistenceId, sequenceNr, Start.AddMinutes(sequenceNr));

    private static SpecState State(long sequenceNr) => new($"state-{sequenceNr}", (int)sequenceNr, [sequenceNr * 0.5m, 100.25m]);

    private async Task SaveAsync(params long[] sequenceNrs)
    {
        foreach (var sequenceNr in sequenceNrs)
        {
            await Snapshots.SaveAsync(At(sequenceNr), State(sequenceNr)).WaitAsync(SpecTimeouts.Default);
        }
    }

    private async Task<long?> LoadedSequenceNrAsync(SnapshotSelectionCriteria criteria, string persistenceId = "portfolio") =>
        (await Snapshots.LoadAsync(persistenceId, criteria).WaitAsync(SpecTimeouts.Default))?.Metadata.SequenceNr;

    [Fact]
    public async Task Load_of_an_id_without_snapshots_is_null()
    {
        await SaveAsync(1);

        Assert.Null(await Snapshots.LoadAsync("unknown", SnapshotSelectionCriteria.Latest));
    }

    [Fact]
    public async Task Load_returns_the_latest_snapshot_with_its_state_and_metadata()
    {
        await SaveAsync(1, 10, 5);

        var loaded = await Snapshots.LoadAsync("portfolio", SnapshotSelectionCriteria.Latest);

        Assert.NotNull(loaded);
        Assert.Equal(At(10), loaded.Metadata);
        var state = Assert.IsType<SpecState>(loaded.Snapshot);
        Assert.Equal("state-10", state.Name);
        Assert.Equal([5m, 100.25m], state.Prices);
    }

    [Fact]
    public async Task Load_picks_the_latest_within_the_criteria_bounds()
    {
        await SaveAsync(1, 5, 10);

        Assert.Equal(5, await LoadedSequenceNrAsync(SnapshotSelectionCriteria.UpTo(7)));
        Assert.Equal(5, await LoadedSequenceNrAsync(new SnapshotSelectionCriteria(long.MaxValue, Start.AddMinutes(9))));
        Assert.Equal(10, await LoadedSequenceNrAsync(new SnapshotSelectionCriteria(long.MaxValue, DateTimeOffset.MaxValue, MinSequenceNr: 6)));
        Assert.Null(await LoadedSequenceNrAsync(new SnapshotSelectionCriteria(4, DateTimeOffset.MaxValue, MinSequenceNr: 2)));
        Assert.Null(await LoadedSequenceNrAsync(SnapshotSelectionCriteria.None));
    }

    [Fact]
    public async Task Saving_at_the_same_sequence_nr_replaces_the_snapshot()
    {
        await SaveAsync(3);

        await Snapshots.SaveAsync(At(3), new SpecState("replaced", 3, [])).WaitAsync(SpecTimeouts.Default);

        var loaded = await Snapshots.LoadAsync("portfolio", SnapshotSelectionCriteria.Latest);
        Assert.Equal("replaced", Assert.IsType<SpecState>(loaded?.Snapshot).Name);
    }

    [Fact]
    public async Task Delete_by_metadata_removes_only_that_snapshot()
    {
        await SaveAsync(1, 5, 10);

        await Snapshots.DeleteAsync(At(10)).WaitAsync(SpecTimeouts.Default);

        Assert.Equal(5, await LoadedSequenceNrAsync(SnapshotSelectionCriteria.Latest));
    }

    [Fact]
    public async Task Delete_by_criteria_removes_every_matching_snapshot_and_nothing_else()
    {
        await SaveAsync(1, 5, 10);
        await Snapshots.SaveAsync(At(5, "other"), State(5)).WaitAsync(SpecTimeouts.Default);

        await Snapshots.DeleteAsync("portfolio", SnapshotSelectionCriteria.UpTo(5)).WaitAsync(SpecTimeouts.Default);

        Assert.Equal(10, await LoadedSequenceNrAsync(SnapshotSelectionCriteria.Latest));
        Assert.Null(await LoadedSequenceNrAsync(SnapshotSelectionCriteria.UpTo(9)));
        Assert.Equal(5, await LoadedSequenceNrAsync(SnapshotSelectionCriteria.Latest, "other"));
    }

    [Fact]
    public async Task A_state_that_cannot_be_serialized_is_refused_and_nothing_changes()
    {
        await SaveAsync(1);

        var failure = await Assert.ThrowsAsync<EventSerializationException>(() => Snapshots.SaveAsync(At(2), new UnregisteredEvent(2)));

        Assert.Equal("portfolio", failure.PersistenceId);
        Assert.Equal(2, failure.SequenceNr);
        Assert.Equal(1, await LoadedSequenceNrAsync(SnapshotSelectionCriteria.Latest));
    }

    [Fact]
    public async Task A_snapshot_that_cannot_be_read_back_names_its_id_and_sequence_nr()
    {
        await SaveAsync(1);
        await Snapshots.SaveAsync(At(2), new PoisonedEvent(2)).WaitAsync(SpecTimeouts.Default);

        var failure = await Assert.ThrowsAsync<EventDeserializationException>(() => Snapshots.LoadAsync("portfolio", SnapshotSelectionCriteria.Latest));

        Assert.Equal("portfolio", failure.PersistenceId);
        Assert.Equal(2, failure.SequenceNr);
        Assert.Equal(SpecSerializer.PoisonedManifest, failure.Manifest);
        Assert.Equal(1, await LoadedSequenceNrAsync(SnapshotSelectionCriteria.UpTo(1)));
    }

    [Fact]
    public async Task A_one_megabyte_snapshot_round_trips()
    {
        var prices = Enumerable.Range(0, 60_000).Select(i => i + 0.123456789m).ToList();

        await Snapshots.SaveAsync(At(7), new SpecState("big", 7, prices)).WaitAsync(SpecTimeouts.Default);
        var loaded = await Snapshots.LoadAsync("portfolio", SnapshotSelectionCriteria.Latest);

        Assert.Equal(prices, Assert.IsType<SpecState>(loaded?.Snapshot).Prices);
    }
}
