using System.Reflection;
using System.Runtime.CompilerServices;
using FractalTrader.Exchange;
using FractalTrader.Exchange.MarketData;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Actors.Tests.MarketData;

/// <summary>
/// The node's view of a venue whose candle stream the test can cut (<see cref="Drop"/>) and whose
/// next subscription it can hold while connecting (<see cref="Hold"/>, <see cref="Release"/>), as a
/// lost connection and a slow reconnect would. Every other call goes straight to the venue.
/// </summary>
public class InterruptibleCandleStream : DispatchProxy
{
    private readonly Lock gate = new();
    private IExchange venue = null!;
    private CancellationTokenSource current = new();
    private TaskCompletionSource held = Open();
    private TaskCompletionSource connecting = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int connections;
    private TaskCompletionSource connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the next subscription waits at a <see cref="Hold"/>.</summary>
    public Task Connecting => connecting.Task;

    /// <summary>Subscriptions that reached the venue so far.</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <summary>Wraps <paramref name="venue"/>.</summary>
    public static IExchange Over(IExchange venue, out InterruptibleCandleStream control)
    {
        var view = Create<IExchange, InterruptibleCandleStream>();
        control = (InterruptibleCandleStream)(object)view;
        control.venue = venue;
        return view;
    }

    /// <summary>Completes once <paramref name="count"/> subscriptions reached the venue.</summary>
    public async Task ConnectedAsync(int count)
    {
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (connections >= count)
                {
                    return;
                }

                next = connected.Task;
            }

            await next;
        }
    }

    /// <summary>Ends the stream now running, as a dropped connection does.</summary>
    public void Drop()
    {
        lock (gate)
        {
            current.Cancel();
            current = new CancellationTokenSource();
        }
    }

    /// <summary>The next subscription waits, connecting, until <see cref="Release"/>.</summary>
    public void Hold()
    {
        lock (gate)
        {
            held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            connecting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Lets a held subscription connect.</summary>
    public void Release() => held.TrySetResult();

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        ArgumentNullException.ThrowIfNull(args);
        if (string.Equals(targetMethod.Name, nameof(IExchange.StreamCandlesAsync), StringComparison.Ordinal))
        {
            return StreamAsync((string)args[0]!, (Timeframe)args[1]!, (CancellationToken)args[2]!);
        }

        try
        {
            return targetMethod.Invoke(venue, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private async IAsyncEnumerable<CandleUpdate> StreamAsync(string symbol, Timeframe timeframe, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Task wait;
        CancellationToken dropped;
        lock (gate)
        {
            wait = held.Task;
            connecting.TrySetResult();
            dropped = current.Token;
        }

        await wait.WaitAsync(cancellationToken);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, dropped);
        await using var updates = venue.StreamCandlesAsync(symbol, timeframe, linked.Token).GetAsyncEnumerator(linked.Token);

        // The simulated venue subscribes when the first MoveNextAsync starts: connected from here on.
        var next = updates.MoveNextAsync();
        lock (gate)
        {
            connections++;
            connected.TrySetResult();
            connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        while (true)
        {
            bool more;
            try
            {
                more = await next;
            }
            catch (OperationCanceledException) when (dropped.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                yield break;
            }

            if (!more)
            {
                yield break;
            }

            yield return updates.Current;
            next = updates.MoveNextAsync();
        }
    }
}
