using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Runtime;

/// <summary>Sends <c>rounds</c> balls to its partner, keeping <c>inFlight</c> of them in the air; completes when all came back.</summary>
internal sealed class Pinger(IActorRef partner, int rounds, int inFlight, TaskCompletionSource done) : UntypedActor
{
    private int sent;
    private int received;

    protected override void PreStart()
    {
        for (; sent < Math.Min(inFlight, rounds); sent++)
        {
            partner.Tell(Ball.Instance, Self);
        }
    }

    protected override void OnReceive(object message)
    {
        if (++received == rounds)
        {
            done.TrySetResult();
        }
        else if (sent < rounds)
        {
            sent++;
            partner.Tell(message, Self);
        }
    }
}
