using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Actors;

using FractalTrader.TestKit;

public sealed class DeathWatchTests(ITestOutputHelper output) : TestKit(output)
{
    private sealed class Watcher : ReceiveActor
    {
        public Watcher(IActorRef probe, bool handleTerminated)
        {
            Receive<WatchIt>(w =>
            {
                Context.Watch(w.Target);
                Sender.Tell("watching");
            });
            Receive<WatchItWith>(w =>
            {
                Context.WatchWith(w.Target, w.Message);
                Sender.Tell("watching");
            });
            Receive<UnwatchIt>(u =>
            {
                Context.Unwatch(u.Target);
                Sender.Tell("unwatched");
            });
            Receive<StopAndUnwatch>(s =>
            {
                Context.Stop(s.Target);
                Context.Unwatch(s.Target);
                Sender.Tell("unwatched");
            });
            if (handleTerminated)
            {
                Receive<Terminated>(t => probe.Tell($"terminated {t.ActorRef.Path.Name}"));
                ReceiveAny(m => probe.Tell(m));
            }
        }
    }

    private sealed record WatchIt(IActorRef Target);

    private sealed record WatchItWith(IActorRef Target, object Message);

    private sealed record UnwatchIt(IActorRef Target);

    private sealed record StopAndUnwatch(IActorRef Target);

    private sealed class Idle : ReceiveActor;

    [Fact]
    public void A_watcher_receives_Terminated_when_the_watched_actor_stops()
    {
        var probe = CreateTestProbe();
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(probe.Ref, true)));
        var target = Sys.ActorOf(Props.Create<Idle>(), "target");
        watcher.Tell(new WatchIt(target));
        ExpectMsg("watching");

        Sys.Stop(target);

        probe.ExpectMsg("terminated target");
    }

    [Fact]
    public void Watching_an_actor_that_is_already_dead_yields_Terminated_at_once()
    {
        var probe = CreateTestProbe();
        var target = Watch(Sys.ActorOf(Props.Create<Idle>(), "target"));
        Sys.Stop(target);
        ExpectTerminated(target);
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(probe.Ref, true)));

        watcher.Tell(new WatchIt(target));

        probe.ExpectMsg("terminated target");
    }

    [Fact]
    public void WatchWith_delivers_the_given_message_instead()
    {
        var probe = CreateTestProbe();
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(probe.Ref, true)));
        var target = Sys.ActorOf(Props.Create<Idle>());
        watcher.Tell(new WatchItWith(target, "feed lost"));
        ExpectMsg("watching");

        Sys.Stop(target);

        probe.ExpectMsg("feed lost");
    }

    [Fact]
    public void Unwatch_discards_a_Terminated_already_queued()
    {
        using var manual = new Dispatch.ManualSystem();
        var received = new System.Collections.Concurrent.ConcurrentQueue<object>();
        var watcher = manual.ActorOf(Props.Create(() => new Watcher(new Dispatch.QueueRef(received), true)));
        var target = manual.ActorOf(Props.Create<Idle>());
        watcher.Tell(new WatchIt(target), ActorRefs.NoSender);
        manual.Dispatcher.RunUntilIdle();

        manual.System.Stop(target);
        manual.Dispatcher.RunOne();
        watcher.Tell(new UnwatchIt(target), ActorRefs.NoSender);
        watcher.Tell("marker", ActorRefs.NoSender);
        manual.Dispatcher.RunUntilIdle();

        received.Should().Equal("marker");
    }

    [Fact]
    public void Stopping_and_unwatching_in_one_handler_delivers_no_Terminated()
    {
        var probe = CreateTestProbe();
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(probe.Ref, true)));
        var target = Watch(Sys.ActorOf(Props.Create<Idle>()));
        watcher.Tell(new WatchIt(target));
        ExpectMsg("watching");

        watcher.Tell(new StopAndUnwatch(target));
        ReceiveN(2).Should().Contain("unwatched").And.ContainSingle(m => m is Terminated);
        watcher.Tell("marker");

        probe.ExpectMsg("marker");
    }

    [Fact]
    public void An_unhandled_Terminated_is_a_death_pact_that_stops_the_watcher()
    {
        var probe = CreateTestProbe();
        var watcher = Watch(Sys.ActorOf(Props.Create(() => new Watcher(probe.Ref, false))));
        var target = Sys.ActorOf(Props.Create<Idle>());
        watcher.Tell(new WatchIt(target));
        ExpectMsg("watching");

        EventFilter.Exception<DeathPactException>().ExpectOne(() =>
        {
            Sys.Stop(target);
            ExpectTerminated(watcher);
        });
    }

    [Fact]
    public void Watching_nobody_yields_Terminated()
    {
        Watch(ActorRefs.Nobody);

        ExpectTerminated(ActorRefs.Nobody);
    }
}
