using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Supervision;

using FractalTrader.TestKit;

public sealed class BackoffSupervisorTests(ITestOutputHelper output) : TestKit(output)
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(4);

    private sealed class ExchangeFeed : ReceiveActor
    {
        public ExchangeFeed(IActorRef probe)
        {
            probe.Tell("started");
            Receive<string>(s => s is "fail", _ => throw new IOException("exchange unreachable"));
            Receive<string>(s => s is "stop", _ => Context.Stop(Self));
            Receive<string>(s => Sender.Tell($"feed got {s}"));
        }
    }

    [Fact]
    public void Restarts_after_failures_wait_doubling_delays_capped_at_the_maximum()
    {
        var probe = CreateTestProbe();
        var options = Backoff.OnFailure(Props.Create(() => new ExchangeFeed(probe.Ref)), "feed", Min, Max, 0).WithManualReset();
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(options), "feed-supervisor");
        probe.ExpectMsg("started");

        foreach (var expected in new[] { 1, 2, 4, 4 })
        {
            FailAndAwaitChildDown(supervisor);
            Clock.Advance(TimeSpan.FromSeconds(expected) - TimeSpan.FromMilliseconds(1));
            probe.ExpectNoMsg();
            Clock.Advance(TimeSpan.FromMilliseconds(1));
            probe.ExpectMsg("started", hint: $"restarted after {expected} s");
        }
    }

    [Fact]
    public void Restart_count_resets_after_the_child_ran_stably()
    {
        var probe = CreateTestProbe();
        var options = Backoff.OnFailure(Props.Create(() => new ExchangeFeed(probe.Ref)), "feed", Min, Max, 0).WithAutoReset(TimeSpan.FromSeconds(30));
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(options));
        probe.ExpectMsg("started");
        FailAndAwaitChildDown(supervisor);
        Clock.Advance(Min);
        probe.ExpectMsg("started");
        RestartCount(supervisor).Should().Be(1);

        Clock.Advance(TimeSpan.FromSeconds(30));

        AwaitCondition(() => RestartCount(supervisor) == 0);
        FailAndAwaitChildDown(supervisor);
        Clock.Advance(Min);
        probe.ExpectMsg("started", hint: "after a reset the delay is the minimum again");
    }

    [Fact]
    public void On_stop_the_child_is_started_again_when_it_stops()
    {
        var probe = CreateTestProbe();
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(Props.Create(() => new ExchangeFeed(probe.Ref)), "feed", Min, Max, 0));
        probe.ExpectMsg("started");

        supervisor.Tell("stop");
        AwaitCondition(() => CurrentChild(supervisor) is null);
        Clock.Advance(Min);

        probe.ExpectMsg("started");
    }

    [Fact]
    public void Messages_are_forwarded_to_the_child_and_go_to_dead_letters_while_it_is_down()
    {
        var probe = CreateTestProbe();
        var options = Backoff.OnFailure(Props.Create(() => new ExchangeFeed(probe.Ref)), "feed", Min, Max, 0);
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(options));
        probe.ExpectMsg("started");

        supervisor.Tell("tick");
        ExpectMsg("feed got tick");
        FailAndAwaitChildDown(supervisor);

        EventFilter.DeadLetter<string>(s => s is "tick").ExpectOne(() => supervisor.Tell("tick"));
    }

    [Fact]
    public void The_supervisor_stops_after_the_maximum_number_of_retries()
    {
        var probe = CreateTestProbe();
        var options = Backoff.OnFailure(Props.Create(() => new ExchangeFeed(probe.Ref)), "feed", Min, Max, 0, maxNrOfRetries: 1);
        var supervisor = Watch(Sys.ActorOf(BackoffSupervisor.Props(options)));
        probe.ExpectMsg("started");
        FailAndAwaitChildDown(supervisor);
        Clock.Advance(Min);
        probe.ExpectMsg("started");

        supervisor.Tell("fail");

        ExpectTerminated(supervisor);
    }

    [Fact]
    public void Delays_with_jitter_stay_between_the_exact_delay_and_the_factor_above_it()
    {
        var cases = Gen.Choose(0, 40).Zip(Gen.Choose(0, 100)).Select(t => (Count: t.Item1, Factor: t.Item2 / 100.0));
        Prop.ForAll(cases.ToArbitrary(), Gen.Choose(0, 999).ToArbitrary(), (c, r) =>
        {
            var options = Backoff.OnFailure(Props.Create<BackoffSupervisorTestsActor>(), "x", Min, Max, c.Factor);
            var exact = TimeSpan.FromTicks((long)Math.Min(Max.Ticks, Min.Ticks * Math.Pow(2, c.Count)));
            var delay = options.DelayFor(c.Count, r / 1000.0);
            return delay >= exact && delay <= exact * (1 + c.Factor) + TimeSpan.FromTicks(1);
        }).QuickCheckThrowOnFailure();
    }

    private void FailAndAwaitChildDown(IActorRef supervisor)
    {
        supervisor.Tell("fail");
        AwaitCondition(() => CurrentChild(supervisor) is null, message: "the failed child is stopped");
    }

    private static IActorRef? CurrentChild(IActorRef supervisor) =>
        supervisor.Ask<BackoffSupervisor.CurrentChild>(BackoffSupervisor.GetCurrentChild.Instance, Timeout.InfiniteTimeSpan).GetAwaiter().GetResult().Ref;

    private static int RestartCount(IActorRef supervisor) =>
        supervisor.Ask<BackoffSupervisor.RestartCount>(BackoffSupervisor.GetRestartCount.Instance, Timeout.InfiniteTimeSpan).GetAwaiter().GetResult().Count;
}

internal sealed class BackoffSupervisorTestsActor : ReceiveActor;
