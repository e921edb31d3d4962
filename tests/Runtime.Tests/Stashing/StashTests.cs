using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Stashing;

using FractalTrader.TestKit;

public sealed class StashTests(ITestOutputHelper output) : TestKit(output)
{
    /// <summary>Stashes orders until the market opens, then processes them in arrival order.</summary>
    private sealed class OrderDesk : ReceiveActor, IWithStash
    {
        public OrderDesk(IActorRef probe)
        {
            Receive<string>(s => s is "open", _ =>
            {
                Become(() =>
                {
                    Receive<string>(s => s is "close", _ => UnbecomeStacked());
                    Receive<string>(s => probe.Tell($"processed {s}"));
                });
                Stash.UnstashAll();
            });
            Receive<string>(s => s is "twice", _ =>
            {
                Stash.Stash();
                try
                {
                    Stash.Stash();
                }
                catch (IllegalActorStateException refused)
                {
                    Sender.Tell(refused.Message);
                }
            });
            Receive<string>(s => s is "count", _ => Sender.Tell(Stash.Count));
            Receive<string>(_ => Stash.Stash());
        }

        public IStash Stash { get; set; } = null!;
    }

    [Fact]
    public void UnstashAll_replays_stashed_messages_in_order_before_newer_ones()
    {
        var probe = CreateTestProbe();
        var desk = Sys.ActorOf(Props.Create(() => new OrderDesk(probe.Ref)));

        foreach (var message in new[] { "o1", "o2", "o3", "open", "o4" })
        {
            desk.Tell(message);
        }

        probe.ReceiveN(4).Should().Equal("processed o1", "processed o2", "processed o3", "processed o4");
    }

    [Fact]
    public void Stashing_the_same_message_twice_is_refused()
    {
        var desk = Sys.ActorOf(Props.Create(() => new OrderDesk(TestActor)));

        desk.Tell("twice");

        ExpectMsg<string>().Should().Contain("already stashed");
        desk.Tell("count");
        ExpectMsg(1);
    }

    [Fact]
    public void Stashed_messages_go_to_dead_letters_when_the_actor_stops()
    {
        var desk = Watch(Sys.ActorOf(Props.Create(() => new OrderDesk(TestActor))));
        desk.Tell("o1");
        desk.Tell("count");
        ExpectMsg(1);

        EventFilter.DeadLetter<string>(s => s is "o1").ExpectOne(() =>
        {
            Sys.Stop(desk);
            ExpectTerminated(desk);
        });
    }
}
