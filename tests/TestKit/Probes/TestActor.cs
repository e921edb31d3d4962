using FractalTrader.Runtime;

namespace FractalTrader.TestKit;

/// <summary>
/// The actor behind <c>TestActor</c> and each probe: queues every message it receives for the
/// test to expect, except the test kit's own watch requests, which it carries out.
/// </summary>
internal sealed class TestActor(ReceivedMessages received, Func<object, bool> isIgnored) : ActorBase
{
    protected override bool Receive(object message)
    {
        switch (message)
        {
            case WatchRequest watch:
                Context.Watch(watch.Subject);
                Sender.Tell(WatchRequest.Done, Self);
                break;
            case UnwatchRequest unwatch:
                Context.Unwatch(unwatch.Subject);
                Sender.Tell(WatchRequest.Done, Self);
                break;
            default:
                if (!isIgnored(message))
                {
                    received.Add(new ReceivedMessage(message, Sender));
                }

                break;
        }

        return true;
    }
}
