namespace FractalTrader.Runtime.Tests.Readme;

// The README's "Runtime" example, verbatim: keep the two in step.
public sealed record Fill(decimal Size);

public sealed record GetPosition;

public sealed class PositionActor : ReceiveActor
{
    private decimal position;

    public PositionActor()
    {
        Receive<Fill>(fill =>
        {
            if (fill.Size == 0)
            {
                throw new ArgumentException("A fill cannot be empty.", nameof(fill));
            }

            position += fill.Size;
        });
        Receive<GetPosition>(_ => Sender.Tell(position));
    }
}

public sealed class PortfolioActor : ReceiveActor
{
    public PortfolioActor()
    {
        var btc = Context.ActorOf(Props.Create<PositionActor>(), "BTC");
        ReceiveAny(message => btc.Forward(message));
    }

    // Bad input is skipped and the position kept; anything else restarts the child,
    // at most 3 times a minute, then it is stopped.
    protected override SupervisorStrategy SupervisorStrategy() =>
        new OneForOneStrategy(3, TimeSpan.FromMinutes(1), ex => ex switch
        {
            ArgumentException => Directive.Resume,
            _ => Directive.Restart,
        });
}
