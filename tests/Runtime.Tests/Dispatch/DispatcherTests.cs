using System.Collections.Concurrent;

namespace FractalTrader.Runtime.Tests.Dispatch;

public sealed class DispatcherTests
{
    [Fact]
    public void A_busy_actor_yields_after_the_throughput_limit_so_others_run()
    {
        using var manual = new ManualSystem();
        var busyLog = new ConcurrentQueue<object>();
        var quietLog = new ConcurrentQueue<object>();
        var busy = manual.ActorOf(RecordingActor.Props(busyLog));
        var quiet = manual.ActorOf(RecordingActor.Props(quietLog));

        for (var i = 0; i < 100; i++)
        {
            busy.Tell(i, ActorRefs.NoSender);
        }

        quiet.Tell("hello", ActorRefs.NoSender);
        manual.Dispatcher.RunOne();
        busyLog.Should().HaveCount(30, "one turn takes at most Throughput (30) messages");
        manual.Dispatcher.RunOne();

        quietLog.Should().Equal("hello");
        busyLog.Should().HaveCount(30, "the quiet actor ran before the busy one's next turn");
        manual.Dispatcher.RunUntilIdle();
        busyLog.Should().HaveCount(100);
    }

    [Fact]
    public void Throughput_is_configurable()
    {
        using var manual = new ManualSystem(throughput: 5);
        var log = new ConcurrentQueue<object>();
        var actor = manual.ActorOf(RecordingActor.Props(log));
        for (var i = 0; i < 12; i++)
        {
            actor.Tell(i, ActorRefs.NoSender);
        }

        manual.Dispatcher.RunOne();

        log.Should().HaveCount(5);
    }

    [Fact]
    public void A_stop_overtakes_queued_user_messages()
    {
        using var manual = new ManualSystem();
        var log = new ConcurrentQueue<object>();
        var actor = manual.ActorOf(RecordingActor.Props(log));
        for (var i = 0; i < 5; i++)
        {
            actor.Tell(i, ActorRefs.NoSender);
        }

        manual.System.Stop(actor);
        manual.Dispatcher.RunUntilIdle();

        log.Should().BeEmpty("the stop, a system message, is processed before any queued user message");
        manual.Events.OfType<DeadLetter>().Select(d => d.Message).Should().Equal(0, 1, 2, 3, 4);
        manual.Events.OfType<ActorStopped>().Should().ContainSingle(s => s.Actor.Equals(actor));
    }
}
