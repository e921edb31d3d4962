using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Supervision;

using FractalTrader.TestKit;

public sealed class EscalationTests(ITestOutputHelper output) : TestKit(output)
{
    private sealed class LedgerCorruptedException(string message) : Exception(message);

    /// <summary>Creates the given number of levels below itself; each level escalates its children's failures.</summary>
    private sealed class Level : ReceiveActor
    {
        private readonly IActorRef probe;

        public Level(IActorRef probe, int childDepth)
        {
            this.probe = probe;
            if (childDepth > 0)
            {
                Context.ActorOf(Props.Create(() => new Level(probe, childDepth - 1)), $"level{childDepth - 1}");
            }

            Receive<string>(s => s is "fail", _ => throw new LedgerCorruptedException("ledger corrupted"));
        }

        protected override void PreStart() => probe.Tell($"{Self.Path} started");

        protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(_ => Directive.Escalate);
    }

    private sealed class Healthy : ReceiveActor
    {
        public Healthy() => Receive<string>(s => Sender.Tell($"ok {s}"));
    }

    [Fact]
    public async Task Escalation_climbs_to_the_user_guardian_which_restarts_the_top_level_actor()
    {
        var events = CreateTestProbe();
        Sys.EventStream.Subscribe<ActorRestarted>(events.Ref);
        var probe = CreateTestProbe();
        var healthy = Sys.ActorOf(Props.Create<Healthy>(), "healthy");
        var top = Sys.ActorOf(Props.Create(() => new Level(probe.Ref, 2)), "top");
        probe.ReceiveN(3).Should().BeEquivalentTo(["/user/top started", "/user/top/level1 started", "/user/top/level1/level0 started"]);
        var leaf = await Sys.ActorSelection("/user/top/level1/level0").ResolveOne(TimeSpan.FromSeconds(1));
        Watch(leaf);

        leaf.Tell("fail");

        var restarted = events.ExpectMsg<ActorRestarted>();
        restarted.Actor.Should().Be(top, "the guardian restarts the top-level actor");
        restarted.Cause.Should().BeOfType<LedgerCorruptedException>().Which.Message.Should().Be("ledger corrupted");
        ExpectTerminated(leaf);
        probe.ReceiveN(3).Should().BeEquivalentTo(["/user/top started", "/user/top/level1 started", "/user/top/level1/level0 started"]);
        healthy.Tell("still there");
        ExpectMsg("ok still there");
        Sys.WhenTerminated.IsCompleted.Should().BeFalse("an escalated failure never brings the system down");
    }

    [Fact]
    public void Escalated_failures_are_logged_once_by_the_supervisor_that_decides()
    {
        var probe = CreateTestProbe();
        Sys.ActorOf(Props.Create(() => new Level(probe.Ref, 1)), "top");
        probe.ReceiveN(2);
        var leaf = Sys.ActorSelection("/user/top/level0");

        EventFilter.Exception<LedgerCorruptedException>(contains: "[String]").ExpectOne(() =>
        {
            leaf.Tell("fail");
            probe.ReceiveN(2);
        });
    }
}
