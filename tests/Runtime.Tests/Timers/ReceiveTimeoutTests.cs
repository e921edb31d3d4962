using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Timers;

using FractalTrader.TestKit;

public sealed class ReceiveTimeoutTests(ITestOutputHelper output) : TestKit(output)
{
    private sealed record SetTimeout(TimeSpan? Timeout);

    private sealed class IdleWatch : ReceiveActor
    {
        public IdleWatch(IActorRef probe)
        {
            Receive<SetTimeout>(t =>
            {
                Context.SetReceiveTimeout(t.Timeout);
                Sender.Tell(Context.ReceiveTimeout?.ToString() ?? "off");
            });
            Receive<ReceiveTimeout>(_ => probe.Tell("idle"));
            Receive<string>(s => Sender.Tell(s));
        }
    }

    private (IActorRef Actor, TestProbe Probe) Start(TimeSpan? timeout)
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new IdleWatch(probe.Ref)));
        actor.Tell(new SetTimeout(timeout));
        ExpectMsg<string>();
        return (actor, probe);
    }

    [Fact]
    public void ReceiveTimeout_arrives_after_the_idle_period_and_again_after_each_further_one()
    {
        var (_, probe) = Start(TimeSpan.FromSeconds(10));

        Clock.Advance(TimeSpan.FromSeconds(9));
        probe.ExpectNoMsg();
        Clock.Advance(TimeSpan.FromSeconds(1));
        probe.ExpectMsg("idle");
        Clock.Advance(TimeSpan.FromSeconds(10));

        probe.ExpectMsg("idle");
    }

    [Fact]
    public void Each_message_restarts_the_idle_period()
    {
        var (actor, probe) = Start(TimeSpan.FromSeconds(10));

        Clock.Advance(TimeSpan.FromSeconds(6));
        actor.Tell("activity");
        ExpectMsg("activity");
        Clock.Advance(TimeSpan.FromSeconds(6));
        probe.ExpectNoMsg();
        Clock.Advance(TimeSpan.FromSeconds(4));

        probe.ExpectMsg("idle");
    }

    [Fact]
    public void Clearing_the_receive_timeout_stops_it()
    {
        var (actor, probe) = Start(TimeSpan.FromSeconds(10));

        actor.Tell(new SetTimeout(null));
        ExpectMsg("off");
        Clock.Advance(TimeSpan.FromSeconds(30));

        probe.ExpectNoMsg();
    }
}
