using Microsoft.Extensions.Logging;

namespace FractalTrader.Runtime;

/// <summary>Dead letters, dropped messages, mailbox selection and the end of the system.</summary>
public sealed partial class ActorSystem
{
    /// <summary>A message could not be delivered: counted, published as <see cref="DeadLetter"/>, logged at a limited rate; an ask waiting on it fails at once.</summary>
    internal void DeadLetter(object message, IActorRef? sender, IActorRef recipient)
    {
        if (message is DeadLetter letter)
        {
            (message, sender, recipient) = (letter.Message, letter.Sender, letter.Recipient);
        }

        (sender as IAskPromise)?.Undeliverable(recipient, message);
        if (message is IDeadLetterSuppression)
        {
            return;
        }

        var total = Interlocked.Increment(ref deadLetterCount);
        var from = sender ?? DeadLetters;
        EventStream.Publish(new DeadLetter(message, from, recipient));
        deadLetterLog.Log(message, from, recipient, total, IsTerminating);
    }

    /// <summary>A bounded mailbox dropped a message on purpose: published as <see cref="Dropped"/>; an ask waiting on it fails at once.</summary>
    internal void Dropped(object message, IActorRef? sender, IActorRef recipient, string reason)
    {
        (sender as IAskPromise)?.Undeliverable(recipient, message);
        EventStream.Publish(new Dropped(message, reason, sender ?? DeadLetters, recipient));
    }

    /// <summary>The mailbox an actor created from <paramref name="props"/> gets.</summary>
    /// <exception cref="InvalidPropsException">The props name a mailbox that is not configured.</exception>
    internal MailboxType MailboxFor(Props props)
    {
        if (props.MailboxType is { } mailbox)
        {
            return mailbox;
        }

        if (props.Mailbox is not { } name)
        {
            return Options.DefaultMailbox;
        }

        return Options.Mailboxes.TryGetValue(name, out var named)
            ? named
            : throw new InvalidPropsException(props.Type, $"mailbox '{name}' is not configured (fractal.actor.mailboxes.{name})");
    }

    internal void ReportRuntimeFault(ActorCell cell, Exception exception) =>
        RuntimeLog.LogCritical(exception, "Runtime fault while running {ActorPath}; the actor may be stuck", cell.Path);

    private async Task FinishTerminationAsync()
    {
        Scheduler.Shutdown();
        AskTimeouts.Dispose();
        while (terminationCallbacks.TryDequeue(out var callback))
        {
            try
            {
                callback();
            }
            catch (Exception exception)
            {
                RuntimeLog.LogError(exception, "A termination callback of actor system {SystemName} failed", Name);
            }
        }

        foreach (var lazy in extensions.Values.Where(l => l.IsValueCreated))
        {
            try
            {
                switch (lazy.Value)
                {
                    case IAsyncDisposable asyncDisposable:
                        await asyncDisposable.DisposeAsync();
                        break;
                    case IDisposable disposable:
                        disposable.Dispose();
                        break;
                }
            }
            catch (Exception exception)
            {
                RuntimeLog.LogError(exception, "Disposing extension {Extension} of actor system {SystemName} failed", lazy.Value.GetType().Name, Name);
            }
        }

        whenTerminated.TrySetResult();
    }
}
