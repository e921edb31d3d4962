using FractalTrader.Runtime;

namespace FractalTrader.Actors.Tests.Node;

/// <summary>Records what a system publishes on its event stream (of the given types) and lets a test wait for a match.</summary>
internal sealed class EventRecorder
{
    private readonly Lock gate = new();
    private readonly List<object> events = [];
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private EventRecorder()
    {
    }

    public IReadOnlyList<object> Events
    {
        get
        {
            lock (gate)
            {
                return [.. events];
            }
        }
    }

    public static EventRecorder Attach(ActorSystem system, params Type[] channels)
    {
        var recorder = new EventRecorder();
        var listener = system.ActorOf(Props.Create(() => new Listener(recorder)), "event-recorder");
        foreach (var channel in channels)
        {
            system.EventStream.Subscribe(listener, channel);
        }

        return recorder;
    }

    public IEnumerable<T> OfType<T>() => Events.OfType<T>();

    /// <summary>The first event of type <typeparamref name="T"/> (already recorded or still to come) matching <paramref name="match"/>.</summary>
    public async Task<T> WaitFor<T>(Func<T, bool>? match = null, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? NodeHarness.Patience);
        while (true)
        {
            Task next;
            lock (gate)
            {
                foreach (var e in events)
                {
                    if (e is T typed && (match is null || match(typed)))
                    {
                        return typed;
                    }
                }

                next = arrived.Task;
            }

            try
            {
                await next.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException e)
            {
                throw new TimeoutException($"No {typeof(T).Name} matching arrived; recorded: {string.Join("; ", Events.Select(r => r.ToString()))}", e);
            }
        }
    }

    private void Add(object e)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            events.Add(e);
            done = arrived;
            arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.SetResult();
    }

    private sealed class Listener : ReceiveActor
    {
        public Listener(EventRecorder recorder) => ReceiveAny(recorder.Add);
    }
}
