using System.Data.Common;
using System.Threading.Channels;

namespace FractalTrader.Runtime;

/// <summary>
/// The single writer of a SQL journal. Callers enqueue write jobs from any thread; one loop takes
/// every job waiting, runs them in one transaction and commits once, so many concurrent persists
/// cost one durable commit (group commit). A job that clashes on a sequence number fails alone:
/// the batch is run again with each job in its own savepoint and the clashing one rolled back to
/// it. Any other failure fails the whole transaction's jobs as storage failures and the writer
/// reconnects for the next one.
/// Thread-safe.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private const string Savepoint = "fractal_write";

    private readonly SqlDialect dialect;
    private readonly int maxBatchWeight;
    private readonly CommitSignal committed;
    private readonly Channel<WriteJob> queue = Channel.CreateUnbounded<WriteJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<WriteJob> batch = [];
    private WriterSession? session;
    private Task? loop;

    public GroupCommitWriter(SqlDialect dialect, int maxBatchWeight, CommitSignal committed)
    {
        this.dialect = dialect;
        this.maxBatchWeight = maxBatchWeight;
        this.committed = committed;
    }

    /// <summary>Opens the writer's connection (so a store that cannot be written fails at start) and starts the loop.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        session = new WriterSession(await dialect.OpenWriteConnectionAsync(cancellationToken), dialect);
        loop = Task.Run(RunAsync, CancellationToken.None);
    }

    /// <summary>Queues <paramref name="job"/>; the returned task completes when it is durable.</summary>
    /// <exception cref="JournalStorageException">The journal is closed.</exception>
    public Task<IReadOnlyList<Exception?>> EnqueueAsync(WriteJob job)
    {
        if (!queue.Writer.TryWrite(job))
        {
            throw new JournalStorageException($"{dialect.Location}: the journal is closed; nothing was written.");
        }

        return job.Completion;
    }

    /// <summary>Stops taking jobs, commits those already queued, and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        if (loop is not null)
        {
            await loop;
        }

        if (session is not null)
        {
            await session.DisposeAsync();
            session = null;
        }
    }

    private async Task RunAsync()
    {
        var reader = queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            var weight = 0;
            while (weight < maxBatchWeight && reader.TryRead(out var job))
            {
                batch.Add(job);
                weight += job.Weight;
            }

            await CommitAsync();
        }
    }

    private async Task CommitAsync()
    {
        var conflicts = new Exception?[batch.Count];
        try
        {
            session ??= new WriterSession(await dialect.OpenWriteConnectionAsync(CancellationToken.None), dialect);

            // Clashes are rare: the batch runs without savepoints first, and only if one job clashes
            // is the whole transaction rolled back and run again with each job in its own savepoint.
            if (!await WriteAsync(session, isolateJobs: false, conflicts))
            {
                await WriteAsync(session, isolateJobs: true, conflicts);
            }

            session.EndTransaction();
        }
#pragma warning disable CA1031 // Whatever failed, every waiting caller must hear of it and the loop must go on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await DropSessionAsync();
            var failure = new JournalStorageException($"{dialect.Location}: the write could not be made durable and was rolled back: {e.Message}", e);
            foreach (var job in batch)
            {
                job.Fail(failure);
            }

            return;
        }

        if (batch.Count == 1)
        {
            // A lone caller hears at once: a hop through the pool would only add to its wait.
            Complete(batch, conflicts);
        }
        else
        {
            // Completing many callers (each posts its continuation to its actor) is left to the pool,
            // so the writer starts the next transaction at once: the writer is the one busy thread.
            ThreadPool.UnsafeQueueUserWorkItem(static state => Complete(state.Jobs, state.Conflicts), (Jobs: batch.ToArray(), Conflicts: conflicts), preferLocal: false);
        }

        committed.Notify();
    }

    /// <summary>
    /// Runs the batch in one transaction and commits it. Without <paramref name="isolateJobs"/> a
    /// clash rolls everything back and returns false; with it, a clashing job is rolled back to its
    /// savepoint and recorded in <paramref name="conflicts"/> while the others commit.
    /// </summary>
    private async Task<bool> WriteAsync(WriterSession writer, bool isolateJobs, Exception?[] conflicts)
    {
        await using var transaction = await writer.BeginAsync(CancellationToken.None);
        for (var i = 0; i < batch.Count; i++)
        {
            if (isolateJobs)
            {
                await transaction.SaveAsync(Savepoint);
            }

            try
            {
                await batch[i].ExecuteAsync(writer, CancellationToken.None);
                if (isolateJobs)
                {
                    await transaction.ReleaseAsync(Savepoint);
                }
            }
            catch (JournalWriteConflictException conflict)
            {
                if (!isolateJobs)
                {
                    await transaction.RollbackAsync();
                    writer.EndTransaction();
                    return false;
                }

                await transaction.RollbackAsync(Savepoint);
                await transaction.ReleaseAsync(Savepoint);
                conflicts[i] = conflict;
            }
        }

        await transaction.CommitAsync();
        return true;
    }

    private static void Complete(IReadOnlyList<WriteJob> jobs, Exception?[] conflicts)
    {
        for (var i = 0; i < jobs.Count; i++)
        {
            if (conflicts[i] is { } conflict)
            {
                jobs[i].Fail(conflict);
            }
            else
            {
                jobs[i].Succeed();
            }
        }
    }

    private async Task DropSessionAsync()
    {
        // The connection may be in an unknown state (I/O error, full disk): start afresh next time.
        if (session is null)
        {
            return;
        }

        var broken = session;
        session = null;
        try
        {
            await broken.DisposeAsync();
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException)
        {
            // Closing a broken connection may fail too; the write's failure is already reported.
        }
    }
}
