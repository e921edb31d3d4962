namespace FractalTrader.Runtime;

/// <summary>
/// Stores snapshots of persistent actors' state so recovery replays only the events after the
/// latest one. Implementations are thread-safe. Mirrors Akka.Persistence's <c>SnapshotStore</c>.
/// </summary>
public interface ISnapshotStore
{
    /// <summary>
    /// The latest snapshot of <paramref name="persistenceId"/> (highest sequence number, then
    /// latest timestamp) that <paramref name="criteria"/> selects, or <see langword="null"/>.
    /// </summary>
    /// <exception cref="EventDeserializationException">The selected snapshot cannot be read back; names id, sequence nr and manifest.</exception>
    /// <exception cref="JournalStorageException">The store could not be read.</exception>
    Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="snapshot"/> durably; a snapshot with the same persistence id and
    /// sequence number is replaced.
    /// </summary>
    /// <exception cref="EventSerializationException">The state cannot be serialized; nothing was stored.</exception>
    /// <exception cref="JournalStorageException">The store failed; nothing was stored.</exception>
    Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken = default);

    /// <summary>Deletes the snapshot with this persistence id and sequence number, if any.</summary>
    /// <exception cref="JournalStorageException">The store failed; nothing was deleted.</exception>
    Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken = default);

    /// <summary>Deletes every snapshot of <paramref name="persistenceId"/> that <paramref name="criteria"/> selects.</summary>
    /// <exception cref="JournalStorageException">The store failed; nothing was deleted.</exception>
    Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken = default);
}
