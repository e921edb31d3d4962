using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Timers;

using FractalTrader.TestKit;

public sealed class TimerTests(ITestOutputHelper output) : TestKit(output)
{
    private sealed record StartSingle(string Key, string Message, TimeSpan Delay);

    private sealed record StartPeriodic(string Key, string Message, TimeSpan Interval);

    private sealed record CancelTimer(string Key);

    private sealed record IsActive(string Key);

    private sealed class Heartbeat : ReceiveActor, IWithTimers
    {
        public Heartbeat(IActorRef probe)
        {
            Receive<StartSingle>(s => Ack(() => Timers.StartSingleTimer(s.Key, s.Message, s.Delay)));
            Receive<StartPeriodic>(s => Ack(() => Timers.StartPeriodicTimer(s.Key, s.Message, s.Interval)));
            Receive<CancelTimer>(c => Ack(() => Timers.Cancel(c.Key)));
            Receive<IsActive>(a => Sender.Tell(Timers.IsTimerActive(a.Key)));
            Receive<string>(s => s is "fail", _ => throw new InvalidOperationException("heartbeat failed"));
            Receive<string>(s => probe.Tell(s));
        }

        public ITimerScheduler Timers { get; set; } = null!;

        private void Ack(Action action)
        {
            action();
            Sender.Tell("ok");
        }
    }

    private IActorRef StartHeartbeat(TestProbe probe) => Sys.ActorOf(Props.Create(() => new Heartbeat(probe.Ref)));

    [Fact]
    public void A_single_timer_fires_once_when_the_clock_reaches_it()
    {
        var probe = CreateTestProbe();
        var heartbeat = StartHeartbeat(probe);
        heartbeat.Tell(new StartSingle("t", "tick", TimeSpan.FromSeconds(5)));
        ExpectMsg("ok");

        Clock.Advance(TimeSpan.FromSeconds(4.9));
        probe.ExpectNoMsg();
        Clock.Advance(TimeSpan.FromSeconds(0.1));

        probe.ExpectMsg("tick");
        Clock.Advance(TimeSpan.FromSeconds(10));
        probe.ExpectNoMsg();
        heartbeat.Tell(new IsActive("t"));
        ExpectMsg(false);
    }

    [Fact]
    public void A_periodic_timer_fires_every_interval_until_cancelled()
    {
        var probe = CreateTestProbe();
        var heartbeat = StartHeartbeat(probe);
        heartbeat.Tell(new StartPeriodic("t", "tick", TimeSpan.FromSeconds(1)));
        ExpectMsg("ok");

        Clock.Advance(TimeSpan.FromSeconds(3));
        probe.ReceiveN(3).Should().Equal("tick", "tick", "tick");
        heartbeat.Tell(new CancelTimer("t"));
        ExpectMsg("ok");
        Clock.Advance(TimeSpan.FromSeconds(3));

        probe.ExpectNoMsg();
    }

    [Fact]
    public void Replacing_a_timer_discards_the_message_of_the_old_one_even_if_already_queued()
    {
        using var manual = new Dispatch.ManualSystem();
        var received = new System.Collections.Concurrent.ConcurrentQueue<object>();
        var heartbeat = manual.ActorOf(Props.Create(() => new Heartbeat(new Dispatch.QueueRef(received))));
        heartbeat.Tell(new StartSingle("t", "old", TimeSpan.FromSeconds(1)), ActorRefs.NoSender);
        manual.Dispatcher.RunUntilIdle();

        heartbeat.Tell(new StartSingle("t", "new", TimeSpan.FromSeconds(2)), ActorRefs.NoSender);
        manual.Clock.Advance(TimeSpan.FromSeconds(1));
        manual.Dispatcher.RunUntilIdle();
        manual.Clock.Advance(TimeSpan.FromSeconds(2));
        manual.Dispatcher.RunUntilIdle();

        received.Should().Equal("new");
    }

    [Fact]
    public void Timers_are_cancelled_on_restart()
    {
        var probe = CreateTestProbe();
        var heartbeat = StartHeartbeat(probe);
        heartbeat.Tell(new StartPeriodic("t", "tick", TimeSpan.FromSeconds(1)));
        ExpectMsg("ok");
        Clock.Advance(TimeSpan.FromSeconds(1));
        probe.ExpectMsg("tick");

        heartbeat.Tell("fail");
        heartbeat.Tell(new IsActive("t"));

        ExpectMsg(false);
        Clock.Advance(TimeSpan.FromSeconds(5));
        probe.ExpectNoMsg();
    }

    [Fact]
    public void Timers_are_cancelled_on_stop()
    {
        var probe = CreateTestProbe();
        var heartbeat = Watch(StartHeartbeat(probe));
        heartbeat.Tell(new StartPeriodic("t", "tick", TimeSpan.FromSeconds(1)));
        ExpectMsg("ok");
        var timersBefore = Clock.ActiveTimerCount;

        Sys.Stop(heartbeat);
        ExpectTerminated(heartbeat);

        Clock.ActiveTimerCount.Should().Be(timersBefore - 1);
        Clock.Advance(TimeSpan.FromSeconds(5));
        probe.ExpectNoMsg();
        DeadLetters.Should().BeEmpty();
    }

    [Fact]
    public void The_scheduler_sends_once_or_repeatedly_by_the_system_clock()
    {
        var once = CreateTestProbe();
        var repeated = CreateTestProbe();
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(2), once.Ref, "once", ActorRefs.NoSender);
        var cancelable = Sys.Scheduler.ScheduleTellRepeatedlyCancelable(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), repeated.Ref, "again", ActorRefs.NoSender);

        Clock.Advance(TimeSpan.FromSeconds(2));
        once.ExpectMsg("once");
        repeated.ReceiveN(2);
        cancelable.Cancel();
        Clock.Advance(TimeSpan.FromSeconds(5));

        repeated.ExpectNoMsg();
        once.ExpectNoMsg();
        cancelable.IsCancellationRequested.Should().BeTrue();
    }
}
