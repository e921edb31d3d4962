namespace FractalTrader.Runtime;

/// <summary>Processing one user message: messages the runtime handles itself, then the current behavior.</summary>
internal sealed partial class ActorCell
{
    // The initial behavior is represented by a null behavior; on the stack it needs a stand-in.
    private static readonly Receive InitialBehaviorMarker = static _ => false;

    private void Invoke(object message, IActorRef? sender)
    {
        currentMessage = message;
        currentSender = sender;

        // Written by this turn only; introspection reads it from other threads, and a 64-bit
        // store is atomic on the 64-bit platforms we run on.
        processed++;
        try
        {
            if (message is IAutoReceivedMessage)
            {
                InvokeAutoReceived(message);
            }
            else
            {
                // The idle period restarts when a message is taken, so whoever the handler answers
                // sees the receive timeout already reset.
                extras?.ReceiveTimeout?.Touch(message);
                ReceiveMessage(message);
            }
        }
        catch (Exception exception)
        {
            HandleInvokeFailure(exception);
        }
        finally
        {
            if (!awaiting)
            {
                currentMessage = null;
                currentSender = null;
            }
        }
    }

    private void ReceiveMessage(object message)
    {
        var instance = actor!;
        instance.AroundReceive(behavior ?? instance.InitialReceive, message);
    }

    private void InvokeAutoReceived(object message)
    {
        switch (message)
        {
            case Terminated terminated:
                if (ConsumeQueuedTerminated(terminated.ActorRef))
                {
                    ReceiveMessage(terminated);
                }

                break;
            case PoisonPill:
                Stop(Self);
                break;
            case Kill:
                throw new ActorKilledException($"{Path} received Kill.");
            case TimerMessage timer:
                if (extras?.Timers?.Accept(timer) == true)
                {
                    currentMessage = timer.Message;
                    extras?.ReceiveTimeout?.Touch(timer.Message);
                    ReceiveMessage(timer.Message);
                }

                break;
            case ReceiveTimeoutTick tick:
                if (extras?.ReceiveTimeout is { } receiveTimeout && receiveTimeout.Accept(tick))
                {
                    currentMessage = Runtime.ReceiveTimeout.Instance;
                    ReceiveMessage(Runtime.ReceiveTimeout.Instance);
                }

                break;
            case Identify identify:
                Sender.Tell(new ActorIdentity(identify.MessageId, Self), Self);
                break;
            default:
                ReceiveMessage(message);
                break;
        }
    }

    public void Become(Receive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        behavior = receive;
    }

    public void BecomeStacked(Receive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        (Extras.BehaviorStack ??= []).Add(behavior ?? InitialBehaviorMarker);
        behavior = receive;
    }

    public void UnbecomeStacked()
    {
        var stack = extras?.BehaviorStack;
        if (stack is not { Count: > 0 })
        {
            behavior = null;
            return;
        }

        var previous = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        behavior = ReferenceEquals(previous, InitialBehaviorMarker) ? null : previous;
    }

    private void ResetBehavior()
    {
        behavior = null;
        extras?.BehaviorStack?.Clear();
    }
}
