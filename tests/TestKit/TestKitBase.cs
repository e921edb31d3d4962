using System.Diagnostics;
using FractalTrader.Runtime;

namespace FractalTrader.TestKit;

/// <summary>
/// What a test can do with a test actor (Akka.TestKit's <c>TestKitBase</c>): expect messages,
/// fish for them, watch actors, bound blocks in time. Shared by <see cref="TestKit"/> (its
/// <see cref="TestActor"/>) and <see cref="TestProbe"/>. Every wait ends as soon as its message
/// arrives; timeouts default to <see cref="TestKitSettings.DefaultTimeout"/>. Use one instance
/// from one test at a time.
/// </summary>
public abstract partial class TestKitBase
{
    private readonly ReceivedMessages received;
    private readonly TestActorRef testActor;
    private Func<object, bool>? ignore;
    private long? withinDeadline;

    private protected TestKitBase(ActorSystem system, string name)
    {
        ArgumentNullException.ThrowIfNull(system);
        Sys = system;
        received = new ReceivedMessages();
        testActor = new TestActorRef(system, ActorPath.Root / "system" / name, received, IsIgnored);
    }

    /// <summary>The actor system under test.</summary>
    public ActorSystem Sys { get; }

    /// <summary>The actor whose messages this kit expects; the implicit sender of <c>Tell(message)</c> in tests.</summary>
    public IActorRef TestActor => testActor;

    /// <summary>The sender of the last message received.</summary>
    public IActorRef LastSender { get; private set; } = ActorRefs.Nobody;

    /// <summary>The last message received, if any.</summary>
    public object? LastMessage { get; private set; }

    /// <summary>How many received messages wait to be expected.</summary>
    public int HasMessagesCount => received.Count;

    /// <summary>Time left in the enclosing <c>Within</c> block, else <see cref="TestKitSettings.DefaultTimeout"/>.</summary>
    public TimeSpan RemainingOrDefault => Remaining ?? TestKitSettings.DefaultTimeout;

    private TimeSpan? Remaining => withinDeadline is { } deadline ? Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline) : null;

    /// <summary><paramref name="duration"/> scaled by <see cref="TestKitSettings.TimeFactor"/>.</summary>
    public static TimeSpan Dilated(TimeSpan duration) => TestKitSettings.Dilated(duration);

    /// <summary>Drops, from now on, received messages <paramref name="shouldIgnore"/> accepts.</summary>
    public void IgnoreMessages(Func<object, bool> shouldIgnore)
    {
        ArgumentNullException.ThrowIfNull(shouldIgnore);
        Volatile.Write(ref ignore, shouldIgnore);
    }

    /// <summary>Drops, from now on, received messages of type <typeparamref name="T"/> (that <paramref name="shouldIgnore"/> accepts, when given).</summary>
    public void IgnoreMessages<T>(Func<T, bool>? shouldIgnore = null) =>
        IgnoreMessages(message => message is T typed && (shouldIgnore is null || shouldIgnore(typed)));

    /// <summary>Stops ignoring messages.</summary>
    public void IgnoreNoMessages() => Volatile.Write(ref ignore, null);

    /// <summary>Makes <see cref="TestActor"/> watch <paramref name="actor"/>, so <see cref="ExpectTerminated"/> can see it stop.</summary>
    public IActorRef Watch(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        testActor.Watch(actor);
        return actor;
    }

    /// <summary>Makes <see cref="TestActor"/> stop watching <paramref name="actor"/>.</summary>
    public IActorRef Unwatch(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        testActor.Unwatch(actor);
        return actor;
    }

    private bool IsIgnored(object message) => Volatile.Read(ref ignore)?.Invoke(message) == true;

    private TimeSpan TimeoutOrRemaining(TimeSpan? timeout) => timeout ?? RemainingOrDefault;

    private ReceivedMessage? ReceiveEnvelope(TimeSpan timeout) => Record(received.Take(timeout));

    private async Task<ReceivedMessage?> ReceiveEnvelopeAsync(TimeSpan timeout) => Record(await received.TakeAsync(timeout).ConfigureAwait(false));

    private ReceivedMessage? Record(ReceivedMessage? envelope)
    {
        if (envelope is not null)
        {
            LastMessage = envelope.Message;
            LastSender = envelope.Sender;
        }

        return envelope;
    }

    private static TestKitAssertionException Fail(string message) => new(message);

    private static string Show(object? message) => message is null ? "nothing" : $"{message.GetType().Name} {message}";
}
