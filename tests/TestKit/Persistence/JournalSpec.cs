using FractalTrader.Runtime;
using Xunit;

namespace FractalTrader.TestKit.Persistence;

/// <summary>
/// The conformance suite every journal passes (like Akka's persistence TCK): inherit it and say
/// how to open a fresh, empty plugin. Covers write and replay order, ranges and max, highest
/// sequence number after delete, all-or-nothing batches, concurrent writers for one id,
/// rejections, unreadable rows, large payloads, unicode ids and many ids.
/// </summary>
public abstract class JournalSpec : PersistencePluginSpec
{
    [Fact]
    public async Task Replays_events_in_write_order_with_what_was_written()
    {
        await WriteEventsAsync("order-1", 1, 5);

        var events = await ReplayAsync("order-1");

        Assert.Equal([1L, 2, 3, 4, 5], events.Select(e => e.SequenceNr));
        Assert.All(events, e =>
        {
            Assert.Equal(new SpecEvent($"order-1#{e.SequenceNr}", e.SequenceNr * 1.25m), e.Payload);
            Assert.Equal("order-1", e.PersistenceId);
            Assert.Equal("writer-1", e.WriterGuid);
            Assert.Equal(SpecSerializer.EventManifest, e.Manifest);
            Assert.Equal(Clock.GetUtcNow(), e.Timestamp);
        });
    }

    [Fact]
    public async Task Replays_only_the_requested_range()
    {
        await WriteEventsAsync("order-1", 1, 10);

        var events = await ReplayAsync("order-1", from: 3, to: 7);

        Assert.Equal([3L, 4, 5, 6, 7], events.Select(e => e.SequenceNr));
    }

    [Fact]
    public async Task Replay_stops_after_max_events()
    {
        await WriteEventsAsync("order-1", 1, 10);

        Assert.Equal([4L, 5, 6], (await ReplayAsync("order-1", from: 4, max: 3)).Select(e => e.SequenceNr));
        Assert.Empty(await ReplayAsync("order-1", max: 0));
        Assert.Empty(await ReplayAsync("order-1", from: 11));
    }

    [Fact]
    public async Task Replay_of_an_unknown_id_is_empty_and_its_highest_sequence_nr_is_zero()
    {
        await WriteEventsAsync("order-1", 1, 3);

        Assert.Empty(await ReplayAsync("order-2"));
        Assert.Equal(0, await Journal.ReadHighestSequenceNrAsync("order-2", 0));
    }

    [Fact]
    public async Task Replay_streams_a_stream_longer_than_one_page_in_order()
    {
        const int count = 2_500;
        var writes = Enumerable.Range(0, count / 100)
            .Select(batch => new AtomicWrite([.. Enumerable.Range(1, 100).Select(i => Event("long", (batch * 100) + i))]))
            .ToList();
        Assert.All(await Journal.WriteMessagesAsync(writes), Assert.Null);

        var events = await ReplayAsync("long");

        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), events.Select(e => e.SequenceNr));
        Assert.Equal(new SpecEvent("long#2500", 3125m), events[^1].Payload);
    }

    [Fact]
    public async Task A_replay_abandoned_midway_leaves_the_journal_readable_and_writable()
    {
        var writes = Enumerable.Range(0, 25)
            .Select(batch => new AtomicWrite([.. Enumerable.Range(1, 100).Select(i => Event("long", (batch * 100) + i))]))
            .ToList();
        Assert.All(await Journal.WriteMessagesAsync(writes), Assert.Null);

        long last = 0;
        await foreach (var persistent in Journal.ReplayMessagesAsync("long", 1, long.MaxValue, long.MaxValue))
        {
            last = persistent.SequenceNr;
            if (last == 1_500)
            {
                break;
            }
        }

        Assert.Equal(1_500, last);
        await WriteEventsAsync("long", 2_501, 2_501);
        var events = await ReplayAsync("long");
        Assert.Equal(Enumerable.Range(1, 2_501).Select(i => (long)i), events.Select(e => e.SequenceNr));
    }

    [Fact]
    public async Task Highest_sequence_nr_is_the_last_one_written()
    {
        await WriteEventsAsync("order-1", 1, 7);

        Assert.Equal(7, await Journal.ReadHighestSequenceNrAsync("order-1", 0));
        Assert.Equal(9, await Journal.ReadHighestSequenceNrAsync("order-1", 9));
    }

    [Fact]
    public async Task Delete_to_removes_events_from_replay_but_keeps_the_highest_sequence_nr()
    {
        await WriteEventsAsync("order-1", 1, 5);

        await Journal.DeleteMessagesToAsync("order-1", 3).WaitAsync(SpecTimeouts.Default);
        Assert.Equal([4L, 5], (await ReplayAsync("order-1")).Select(e => e.SequenceNr));

        await Journal.DeleteMessagesToAsync("order-1", 5).WaitAsync(SpecTimeouts.Default);
        Assert.Empty(await ReplayAsync("order-1"));
        Assert.Equal(5, await Journal.ReadHighestSequenceNrAsync("order-1", 0));
    }

    [Fact]
    public async Task A_stream_continues_after_all_its_events_were_deleted()
    {
        await WriteEventsAsync("order-1", 1, 3);
        await Journal.DeleteMessagesToAsync("order-1", long.MaxValue).WaitAsync(SpecTimeouts.Default);

        await WriteEventsAsync("order-1", 4, 4);

        Assert.Equal([4L], (await ReplayAsync("order-1")).Select(e => e.SequenceNr));
        Assert.Equal(4, await Journal.ReadHighestSequenceNrAsync("order-1", 0));
    }

    [Fact]
    public async Task Deleting_one_id_leaves_the_others()
    {
        await WriteEventsAsync("order-1", 1, 3);
        await WriteEventsAsync("order-2", 1, 3);

        await Journal.DeleteMessagesToAsync("order-1", 3).WaitAsync(SpecTimeouts.Default);

        Assert.Equal(3, (await ReplayAsync("order-2")).Count);
    }

    [Fact]
    public async Task A_batch_with_an_unserializable_event_is_rejected_whole_and_the_others_are_stored()
    {
        var poisoned = new AtomicWrite(
        [
            Event("order-1", 1),
            new Persistent(new UnregisteredEvent(7), "order-1", 2, "writer-1"),
            Event("order-1", 3),
        ]);
        var healthy = new AtomicWrite([Event("order-2", 1), Event("order-2", 2)]);

        var results = await Journal.WriteMessagesAsync([poisoned, healthy]).WaitAsync(SpecTimeouts.Default);

        var rejection = Assert.IsType<EventSerializationException>(results[0]);
        Assert.Equal("order-1", rejection.PersistenceId);
        Assert.Equal(2, rejection.SequenceNr);
        Assert.Contains(nameof(UnregisteredEvent), rejection.Message, StringComparison.Ordinal);
        Assert.Null(results[1]);
        Assert.Empty(await ReplayAsync("order-1"));
        Assert.Equal(0, await Journal.ReadHighestSequenceNrAsync("order-1", 0));
        Assert.Equal([1L, 2], (await ReplayAsync("order-2")).Select(e => e.SequenceNr));
    }

    [Fact]
    public async Task A_batch_clashing_with_stored_sequence_nrs_fails_and_stores_none_of_its_events()
    {
        await WriteEventsAsync("order-1", 1, 2);

        var clash = Journal.WriteMessagesAsync([new AtomicWrite([Event("order-1", 2, "writer-2"), Event("order-1", 3, "writer-2")])]);

        var failure = await Assert.ThrowsAsync<JournalWriteConflictException>(() => clash.WaitAsync(SpecTimeouts.Default));
        Assert.Equal("order-1", failure.PersistenceId);
        var events = await ReplayAsync("order-1");
        Assert.Equal([1L, 2], events.Select(e => e.SequenceNr));
        Assert.All(events, e => Assert.Equal("writer-1", e.WriterGuid));
    }

    [Fact]
    public async Task Two_concurrent_writers_for_one_id_never_both_succeed()
    {
        for (var round = 0; round < 20; round++)
        {
            var id = $"contested-{round}";
            var first = Journal.WriteMessagesAsync([new AtomicWrite([Event(id, 1, "writer-a"), Event(id, 2, "writer-a"), Event(id, 3, "writer-a")])]);
            var second = Journal.WriteMessagesAsync([new AtomicWrite([Event(id, 1, "writer-b"), Event(id, 2, "writer-b")])]);

            var outcomes = await Task.WhenAll(Outcome("writer-a", first), Outcome("writer-b", second)).WaitAsync(SpecTimeouts.Default);

            var winner = Assert.Single(outcomes, o => o.Failure is null);
            var loser = Assert.Single(outcomes, o => o.Failure is not null);
            Assert.IsType<JournalWriteConflictException>(loser.Failure);
            var events = await ReplayAsync(id);
            Assert.All(events, e => Assert.Equal(winner.Writer, e.WriterGuid));
            Assert.Equal(string.Equals(winner.Writer, "writer-a", StringComparison.Ordinal) ? 3 : 2, events.Count);
        }

        static async Task<(string Writer, Exception? Failure)> Outcome(string writer, Task<IReadOnlyList<Exception?>> write)
        {
            try
            {
                Assert.All(await write, Assert.Null);
                return (writer, null);
            }
            catch (JournalStorageException e)
            {
                return (writer, e);
            }
        }
    }

    [Fact]
    public async Task Many_concurrent_writers_each_keep_their_own_order()
    {
        var writers = Enumerable.Range(0, 50).Select(async w =>
        {
            for (var sequenceNr = 1; sequenceNr <= 20; sequenceNr++)
            {
                var results = await Journal.WriteMessagesAsync([new AtomicWrite(Event($"writer-{w}", sequenceNr))]);
                Assert.Null(results[0]);
            }
        });

        await Task.WhenAll(writers).WaitAsync(SpecTimeouts.Default);

        for (var w = 0; w < 50; w++)
        {
            Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), (await ReplayAsync($"writer-{w}")).Select(e => e.SequenceNr));
        }
    }

    [Fact]
    public async Task An_unreadable_event_names_its_id_and_sequence_nr_and_other_ids_replay_normally()
    {
        await WriteEventsAsync("healthy", 1, 3);
        await WriteEventsAsync("broken", 1, 1);
        Assert.Null((await Journal.WriteMessagesAsync([new AtomicWrite(new Persistent(new PoisonedEvent(1), "broken", 2, "writer-1"))]))[0]);
        await WriteEventsAsync("broken", 3, 3);

        var delivered = new List<long>();
        var failure = await Assert.ThrowsAsync<EventDeserializationException>(async () =>
        {
            await foreach (var persistent in Journal.ReplayMessagesAsync("broken", 1, long.MaxValue, long.MaxValue))
            {
                delivered.Add(persistent.SequenceNr);
            }
        });

        Assert.Equal([1L], delivered);
        Assert.Equal("broken", failure.PersistenceId);
        Assert.Equal(2, failure.SequenceNr);
        Assert.Equal(SpecSerializer.PoisonedManifest, failure.Manifest);
        Assert.Contains("'broken'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("sequence nr 2", failure.Message, StringComparison.Ordinal);
        Assert.Equal(3, await Journal.ReadHighestSequenceNrAsync("broken", 0));
        Assert.Equal(3, (await ReplayAsync("healthy")).Count);
    }

    [Fact]
    public async Task A_one_megabyte_payload_round_trips()
    {
        var text = string.Create(1 << 20, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + (i * 7 % 26));
            }
        });
        var big = Enumerable.Range(1, 3).Select(i => new Persistent(new SpecEvent(text, i), "big", i, "writer-1")).ToList();

        Assert.All(await Journal.WriteMessagesAsync([new AtomicWrite(big)]).WaitAsync(SpecTimeouts.Default), Assert.Null);
        var events = await ReplayAsync("big");

        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal(text, ((SpecEvent)e.Payload).Text));
    }

    [Theory]
    [InlineData("ордер/BTC-€")]
    [InlineData("東京-ポジション")]
    [InlineData("rocket-🚀-𝔘")]
    [InlineData("quote's \"and\" ; -- DROP TABLE journal")]
    public async Task Unicode_and_odd_persistence_ids_round_trip(string persistenceId)
    {
        await WriteEventsAsync(persistenceId, 1, 2);
        await WriteEventsAsync("neighbour", 1, 1);

        var events = await ReplayAsync(persistenceId);

        Assert.Equal([1L, 2], events.Select(e => e.SequenceNr));
        Assert.All(events, e => Assert.Equal(persistenceId, e.PersistenceId));
        Assert.Equal(new SpecEvent($"{persistenceId}#2", 2.5m), events[1].Payload);
        Assert.Contains(persistenceId, await ToListAsync(Plugin.ReadJournal.CurrentPersistenceIds()), StringComparer.Ordinal);
        Assert.Equal(2, await Journal.ReadHighestSequenceNrAsync(persistenceId, 0));
    }

    [Fact]
    public async Task Ten_thousand_persistence_ids_are_stored_and_listed_once_each()
    {
        const int count = 10_000;
        var calls = Enumerable.Range(0, count / 100).Select(chunk => Journal.WriteMessagesAsync(
            [.. Enumerable.Range(chunk * 100, 100).Select(i => new AtomicWrite([Event($"instrument-{i:D5}", 1), Event($"instrument-{i:D5}", 2)]))]));

        var results = await Task.WhenAll(calls).WaitAsync(SpecTimeouts.Default);

        Assert.All(results.SelectMany(r => r), Assert.Null);
        var ids = await ToListAsync(Plugin.ReadJournal.CurrentPersistenceIds());
        Assert.Equal(count, ids.Count);
        Assert.Equal(count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2, await Journal.ReadHighestSequenceNrAsync("instrument-07777", 0));
        Assert.Equal(2, (await ReplayAsync("instrument-09999")).Count);
    }

    [Fact]
    public async Task Tags_come_back_on_replay()
    {
        await WriteEventsAsync("order-1", 1, 1, "fills", "btc");

        var events = await ReplayAsync("order-1");

        Assert.Equal(["fills", "btc"], events[0].Tags.ToArray(), StringComparer.Ordinal);
    }

    [Fact]
    public async Task An_invalid_tag_rejects_the_write()
    {
        var results = await Journal.WriteMessagesAsync([new AtomicWrite(Event("order-1", 1, "writer-1", "a;b"))]);

        Assert.IsType<EventSerializationException>(results[0]);
        Assert.Empty(await ReplayAsync("order-1"));
    }
}
