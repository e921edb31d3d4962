using System.Runtime.CompilerServices;

namespace FractalTrader.Runtime;

/// <summary>
/// Turns a "current events from offset" query into a live one: deliver what is there, then wait
/// for the next commit in this process (or the poll interval, for writers in other processes)
/// and deliver what came after the last offset.
/// </summary>
internal static class LiveEventStream
{
    public static async IAsyncEnumerable<EventEnvelope> Follow(
        Func<long, CancellationToken, IAsyncEnumerable<EventEnvelope>> currentFrom,
        long fromOffset,
        CommitSignal signal,
        TimeSpan pollInterval,
        TimeProvider timeProvider,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var offset = fromOffset;
        while (true)
        {
            // Taken before querying, so a commit landing during the query still wakes us.
            var committed = signal.NextCommit;
            await foreach (var envelope in currentFrom(offset, cancellationToken))
            {
                offset = envelope.Offset;
                yield return envelope;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var poll = Task.Delay(pollInterval, timeProvider, wait.Token);
            await Task.WhenAny(committed, poll);
            await wait.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
