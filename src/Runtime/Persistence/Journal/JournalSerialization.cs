using System.Collections.Immutable;
using System.Text.Json;

namespace FractalTrader.Runtime;

/// <summary>Turns atomic writes into stored events and stored rows back into events, naming the row in every error.</summary>
internal static class JournalSerialization
{
    /// <summary>Separates tags in a journal row's <c>tags</c> column (as Akka.Persistence.Sql does).</summary>
    public const char TagSeparator = ';';

    /// <summary>Serializes every event of <paramref name="write"/>, or returns the reason it is rejected.</summary>
    public static StoredEvent[]? TrySerialize(
        AtomicWrite write, EventSerializer serializer, DateTimeOffset now, out EventSerializationException? rejection)
    {
        var stored = new StoredEvent[write.Payload.Count];
        for (var i = 0; i < stored.Length; i++)
        {
            var persistent = write.Payload[i];
            try
            {
                var tags = NormalizeTags(persistent.Tags);
                var payload = serializer.Serialize(persistent.Payload);
                stored[i] = new StoredEvent(
                    persistent.PersistenceId, persistent.SequenceNr, payload.Manifest, payload.Bytes, persistent.WriterGuid, now, tags);
            }
            catch (Exception e) when (e is NotSupportedException or ArgumentException)
            {
                rejection = new EventSerializationException(persistent.PersistenceId, persistent.SequenceNr, persistent.Payload.GetType(), e);
                return null;
            }
        }

        rejection = null;
        return stored;
    }

    /// <summary>Reads a stored payload back, naming persistence id, sequence nr and manifest on failure.</summary>
    public static object ReadPayload(EventSerializer serializer, string persistenceId, long sequenceNr, string manifest, ReadOnlySpan<byte> payload)
    {
        try
        {
            return serializer.Deserialize(manifest, payload);
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new EventDeserializationException(persistenceId, sequenceNr, manifest, e);
        }
    }

    /// <summary>The event a replay delivers for a stored one.</summary>
    public static Persistent ToPersistent(EventSerializer serializer, StoredEvent stored) =>
        new(ReadPayload(serializer, stored.PersistenceId, stored.SequenceNr, stored.Manifest, stored.Payload), stored.PersistenceId, stored.SequenceNr, stored.WriterGuid)
        {
            Manifest = stored.Manifest,
            Timestamp = stored.Timestamp,
            Tags = stored.Tags,
        };

    /// <summary>The envelope a query delivers for a stored one.</summary>
    public static EventEnvelope ToEnvelope(EventSerializer serializer, StoredEvent stored) =>
        new(
            stored.Ordering,
            stored.PersistenceId,
            stored.SequenceNr,
            ReadPayload(serializer, stored.PersistenceId, stored.SequenceNr, stored.Manifest, stored.Payload),
            stored.Timestamp,
            stored.Tags);

    /// <summary>Tags as one column value, or null when there are none.</summary>
    public static string? JoinTags(ImmutableArray<string> tags) =>
        tags.IsDefaultOrEmpty ? null : string.Join(TagSeparator, tags);

    /// <summary>Tags read back from one column value.</summary>
    public static ImmutableArray<string> SplitTags(string? tags) =>
        string.IsNullOrEmpty(tags) ? [] : [.. tags.Split(TagSeparator)];

    private static ImmutableArray<string> NormalizeTags(ImmutableArray<string> tags)
    {
        if (tags.IsDefaultOrEmpty)
        {
            return [];
        }

        foreach (var tag in tags)
        {
            if (string.IsNullOrEmpty(tag) || tag.Contains(TagSeparator, StringComparison.Ordinal) || tag.Any(char.IsControl))
            {
                throw new ArgumentException($"Tag '{tag}' must be non-empty, without '{TagSeparator}' or control characters.", nameof(tags));
            }
        }

        return [.. tags.Distinct(StringComparer.Ordinal)];
    }
}
