using FractalTrader.Runtime;
using Xunit;

namespace FractalTrader.TestKit.Persistence;

/// <summary>
/// The conformance suite for read-side queries: tag and all-events queries in global ordering
/// without gaps, resuming from an offset, live queries that keep delivering, persistence ids, and
/// deleted events left out. Inherit it and say how to open a fresh, empty plugin.
/// </summary>
public abstract class ReadJournalSpec : PersistencePluginSpec
{
    protected IReadJournal Queries => Plugin.ReadJournal;

    private async Task WriteInterleavedAsync()
    {
        // Three streams interleaved, tags on some events only: offsets must still come in order without gaps.
        for (var sequenceNr = 1; sequenceNr <= 6; sequenceNr++)
        {
            await Journal.WriteMessagesAsync(
            [
                new AtomicWrite(sequenceNr % 2 == 0 ? Event("btc", sequenceNr, "writer-1", "fills") : Event("btc", sequenceNr)),
                new AtomicWrite(Event("eth", sequenceNr, "writer-1", "fills", "eth")),
                new AtomicWrite(Event("sol", sequenceNr)),
            ]).WaitAsync(SpecTimeouts.Default);
        }
    }

    [Fact]
    public async Task Events_by_tag_come_in_offset_order_with_every_tagged_event()
    {
        await WriteInterleavedAsync();

        var tagged = await ToListAsync(Queries.CurrentEventsByTag("fills"));

        Assert.Equal(9, tagged.Count);
        Assert.Equal(tagged.Select(e => e.Offset).Order(), tagged.Select(e => e.Offset));
        Assert.Equal(tagged.Count, tagged.Select(e => e.Offset).Distinct().Count());
        Assert.Equal([2L, 4, 6], tagged.Where(e => string.Equals(e.PersistenceId, "btc", StringComparison.Ordinal)).Select(e => e.SequenceNr));
        Assert.Equal([1L, 2, 3, 4, 5, 6], tagged.Where(e => string.Equals(e.PersistenceId, "eth", StringComparison.Ordinal)).Select(e => e.SequenceNr));
        Assert.DoesNotContain(tagged, e => string.Equals(e.PersistenceId, "sol", StringComparison.Ordinal));
        Assert.All(tagged, e => Assert.Equal(new SpecEvent($"{e.PersistenceId}#{e.SequenceNr}", e.SequenceNr * 1.25m), e.Event));
        Assert.All(tagged, e => Assert.Contains("fills", e.Tags, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Tag_offsets_agree_with_the_global_order_of_all_events()
    {
        await WriteInterleavedAsync();

        var all = await ToListAsync(Queries.CurrentAllEvents());
        var tagged = await ToListAsync(Queries.CurrentEventsByTag("fills"));

        Assert.Equal(18, all.Count);
        Assert.Equal(all.Select(e => e.Offset).Order(), all.Select(e => e.Offset));
        var expected = all.Where(e => e.Tags.Contains("fills", StringComparer.Ordinal)).Select(e => (e.Offset, e.PersistenceId, e.SequenceNr));
        Assert.Equal(expected, tagged.Select(e => (e.Offset, e.PersistenceId, e.SequenceNr)));
    }

    [Fact]
    public async Task A_query_resumes_after_the_offset_it_is_given()
    {
        await WriteInterleavedAsync();
        var tagged = await ToListAsync(Queries.CurrentEventsByTag("fills"));

        var resumed = await ToListAsync(Queries.CurrentEventsByTag("fills", tagged[3].Offset));
        var resumedAll = await ToListAsync(Queries.CurrentAllEvents(tagged[3].Offset));

        Assert.Equal(tagged.Skip(4).Select(e => e.Offset), resumed.Select(e => e.Offset));
        Assert.All(resumedAll, e => Assert.True(e.Offset > tagged[3].Offset));
        Assert.Empty(await ToListAsync(Queries.CurrentEventsByTag("fills", tagged[^1].Offset)));
    }

    [Fact]
    public async Task An_unknown_tag_has_no_events()
    {
        await WriteInterleavedAsync();

        Assert.Empty(await ToListAsync(Queries.CurrentEventsByTag("liquidations")));
    }

    [Fact]
    public async Task Live_events_by_tag_deliver_what_is_written_after_the_query_started()
    {
        await WriteEventsAsync("btc", 1, 2, "fills");
        using var stop = new CancellationTokenSource(SpecTimeouts.Default);
        var received = new List<EventEnvelope>();
        var firstTwo = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var reading = Task.Run(async () =>
        {
            await foreach (var envelope in Queries.EventsByTag("fills", 0, stop.Token))
            {
                received.Add(envelope);
                if (received.Count == 2)
                {
                    firstTwo.SetResult();
                }

                if (received.Count == 5)
                {
                    return;
                }
            }
        });
        await firstTwo.Task.WaitAsync(SpecTimeouts.Default);
        await WriteEventsAsync("eth", 1, 1, "fills");
        await WriteEventsAsync("btc", 3, 3);
        await WriteEventsAsync("btc", 4, 5, "fills");

        await reading.WaitAsync(SpecTimeouts.Default);

        Assert.Equal(["btc#1", "btc#2", "eth#1", "btc#4", "btc#5"], received.Select(e => ((SpecEvent)e.Event).Text), StringComparer.Ordinal);
        Assert.Equal(received.Select(e => e.Offset).Order(), received.Select(e => e.Offset));
    }

    [Fact]
    public async Task Live_all_events_end_when_cancelled()
    {
        await WriteEventsAsync("btc", 1, 1);
        using var stop = new CancellationTokenSource();
        var received = new List<EventEnvelope>();

        var reading = Task.Run(async () =>
        {
            await foreach (var envelope in Queries.AllEvents(0, stop.Token))
            {
                received.Add(envelope);
                await stop.CancelAsync();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading.WaitAsync(SpecTimeouts.Default));
        Assert.Single(received);
    }

    [Fact]
    public async Task Persistence_ids_are_listed_once_each()
    {
        await WriteInterleavedAsync();

        var ids = await ToListAsync(Queries.CurrentPersistenceIds());

        Assert.Equal(["btc", "eth", "sol"], ids.Order(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    [Fact]
    public async Task Deleted_events_are_left_out_of_queries()
    {
        await WriteEventsAsync("btc", 1, 4, "fills");
        await WriteEventsAsync("eth", 1, 2, "fills");

        await Journal.DeleteMessagesToAsync("btc", 3).WaitAsync(SpecTimeouts.Default);

        Assert.Equal(["btc#4", "eth#1", "eth#2"], (await ToListAsync(Queries.CurrentEventsByTag("fills"))).Select(e => ((SpecEvent)e.Event).Text), StringComparer.Ordinal);
        Assert.Equal(["btc#4", "eth#1", "eth#2"], (await ToListAsync(Queries.CurrentAllEvents())).Select(e => ((SpecEvent)e.Event).Text), StringComparer.Ordinal);
    }

    [Fact]
    public async Task A_query_longer_than_one_page_has_every_event_once()
    {
        var writes = Enumerable.Range(1, 2_300).Select(i => new AtomicWrite(Event($"id-{(i - 1) % 7}", ((i - 1) / 7) + 1, "writer-1", "page"))).ToList();
        Assert.All(await Journal.WriteMessagesAsync(writes).WaitAsync(SpecTimeouts.Default), Assert.Null);

        var tagged = await ToListAsync(Queries.CurrentEventsByTag("page"));

        Assert.Equal(2_300, tagged.Count);
        Assert.Equal(tagged.Select(e => e.Offset).Order(), tagged.Select(e => e.Offset));
        Assert.Equal(2_300, tagged.Select(e => (e.PersistenceId, e.SequenceNr)).Distinct().Count());
    }
}
