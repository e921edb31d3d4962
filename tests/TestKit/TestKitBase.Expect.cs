using FractalTrader.Runtime;

namespace FractalTrader.TestKit;

/// <summary>Expecting the next message.</summary>
public abstract partial class TestKitBase
{
    /// <summary>Expects the next message to be a <typeparamref name="T"/> and returns it.</summary>
    /// <exception cref="TestKitAssertionException">No message within the timeout, or one of another type.</exception>
    public T ExpectMsg<T>(TimeSpan? timeout = null, string? hint = null) => Check<T>(Next<T>(timeout, hint), null, hint);

    /// <summary>Expects the next message to equal <paramref name="message"/>.</summary>
    public T ExpectMsg<T>(T message, TimeSpan? timeout = null, string? hint = null) =>
        Check<T>(Next<T>(timeout, hint), m => Equals(m, message), hint ?? $"equal to {message}");

    /// <summary>Expects the next message to be a <typeparamref name="T"/> that <paramref name="isMessage"/> accepts.</summary>
    public T ExpectMsg<T>(Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        return Check(Next<T>(timeout, hint), isMessage, hint ?? "matching the predicate");
    }

    /// <summary>Expects the next message to be a <typeparamref name="T"/> and runs <paramref name="assert"/> on it.</summary>
    public T ExpectMsg<T>(Action<T> assert, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(assert);
        var message = Check<T>(Next<T>(timeout, hint), null, hint);
        assert(message);
        return message;
    }

    /// <summary>Expects the next message to be a <typeparamref name="T"/>, asynchronously.</summary>
    public async Task<T> ExpectMsgAsync<T>(TimeSpan? timeout = null, string? hint = null)
    {
        var envelope = await ReceiveEnvelopeAsync(TimeoutOrRemaining(timeout)).ConfigureAwait(false);
        return Check<T>(Arrived<T>(envelope, timeout, hint), null, hint);
    }

    /// <summary>Expects the next message to be a <typeparamref name="T"/> that <paramref name="isMessage"/> accepts, asynchronously.</summary>
    public async Task<T> ExpectMsgAsync<T>(Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var envelope = await ReceiveEnvelopeAsync(TimeoutOrRemaining(timeout)).ConfigureAwait(false);
        return Check(Arrived<T>(envelope, timeout, hint), isMessage, hint ?? "matching the predicate");
    }

    /// <summary>Expects the next message to equal <paramref name="message"/>, asynchronously.</summary>
    public async Task<T> ExpectMsgAsync<T>(T message, TimeSpan? timeout = null, string? hint = null)
    {
        var envelope = await ReceiveEnvelopeAsync(TimeoutOrRemaining(timeout)).ConfigureAwait(false);
        return Check<T>(Arrived<T>(envelope, timeout, hint), m => Equals(m, message), hint ?? $"equal to {message}");
    }

    /// <summary>Expects the next message to be <see cref="Terminated"/> for <paramref name="target"/> (watch it first with <see cref="Watch"/>).</summary>
    public Terminated ExpectTerminated(IActorRef target, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ExpectMsg<Terminated>(t => t.ActorRef.Equals(target), timeout, $"Terminated for {target}");
    }

    /// <summary>Expects <see cref="Terminated"/> for <paramref name="target"/>, asynchronously.</summary>
    public Task<Terminated> ExpectTerminatedAsync(IActorRef target, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ExpectMsgAsync<Terminated>(t => t.ActorRef.Equals(target), timeout, $"Terminated for {target}");
    }

    /// <summary>Expects no message for <paramref name="duration"/> (<see cref="TestKitSettings.DefaultNoMessageDuration"/> when null).</summary>
    public void ExpectNoMsg(TimeSpan? duration = null)
    {
        var envelope = ReceiveEnvelope(duration ?? TestKitSettings.DefaultNoMessageDuration);
        if (envelope is not null)
        {
            throw Fail($"Expected no message, got {Show(envelope.Message)} from {envelope.Sender}.");
        }
    }

    /// <summary>Expects no message for <paramref name="duration"/>, asynchronously.</summary>
    public async Task ExpectNoMsgAsync(TimeSpan? duration = null)
    {
        var envelope = await ReceiveEnvelopeAsync(duration ?? TestKitSettings.DefaultNoMessageDuration).ConfigureAwait(false);
        if (envelope is not null)
        {
            throw Fail($"Expected no message, got {Show(envelope.Message)} from {envelope.Sender}.");
        }
    }

    private ReceivedMessage Next<T>(TimeSpan? timeout, string? hint) => Arrived<T>(ReceiveEnvelope(TimeoutOrRemaining(timeout)), timeout, hint);

    private ReceivedMessage Arrived<T>(ReceivedMessage? envelope, TimeSpan? timeout, string? hint) =>
        envelope ?? throw Fail($"Timeout ({TimeoutOrRemaining(timeout)}) waiting for a {typeof(T).Name}{(hint is null ? string.Empty : $" ({hint})")}.");

    private static T Check<T>(ReceivedMessage envelope, Predicate<T>? isMessage, string? hint)
    {
        if (envelope.Message is not T typed)
        {
            throw Fail($"Expected a {typeof(T).Name}{(hint is null ? string.Empty : $" ({hint})")}, got {Show(envelope.Message)} from {envelope.Sender}.");
        }

        if (isMessage is not null && !isMessage(typed))
        {
            throw Fail($"Expected a {typeof(T).Name} {hint}, got {Show(envelope.Message)} from {envelope.Sender}.");
        }

        return typed;
    }
}
