using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Supervision;

using FractalTrader.TestKit;

public sealed class SupervisionTests(ITestOutputHelper output) : TestKit(output)
{
    /// <summary>Counts incarnations across restarts: the props capture one instance.</summary>
    private sealed class Incarnations
    {
        private int count;

        public int Next() => Interlocked.Increment(ref count);
    }

    private sealed class FailingWorker : ReceiveActor, IWithStash
    {
        public FailingWorker(IActorRef probe, Incarnations incarnations)
        {
            var incarnation = incarnations.Next();
            Receive<string>(s => s.StartsWith("stash:", StringComparison.Ordinal) && incarnation == 1, _ => Stash.Stash());
            Receive<string>(s => s is "fail", _ => throw new InvalidOperationException("boom"));
            Receive<string>(s => probe.Tell(s.Replace("stash:", string.Empty, StringComparison.Ordinal)));
            Receive<int>(n => probe.Tell(n));
        }

        public IStash Stash { get; set; } = null!;
    }

    private sealed class Reporter : ReceiveActor
    {
        private readonly IActorRef probe;
        private readonly string name;

        public Reporter(IActorRef probe, string name)
        {
            this.probe = probe;
            this.name = name;
            Receive<string>(s => s is "fail", _ => throw new InvalidOperationException($"{name} failed"));
            Receive<Props>(p => Sender.Tell(Context.ActorOf(p, "child")));
        }

        protected override void PreStart() => probe.Tell($"{name} started");

        protected override void PostStop() => probe.Tell($"{name} stopped");

        protected override void PreRestart(Exception reason, object? message)
        {
            probe.Tell($"{name} pre-restart {reason.Message} {message}");
            base.PreRestart(reason, message);
        }

        protected override void PostRestart(Exception reason)
        {
            probe.Tell($"{name} post-restart");
            base.PostRestart(reason);
        }
    }

    private sealed class Parent : ReceiveActor
    {
        private readonly SupervisorStrategy strategy;

        public Parent(SupervisorStrategy strategy, IActorRef probe, string[] children)
        {
            this.strategy = strategy;
            foreach (var child in children)
            {
                Context.ActorOf(Props.Create(() => new Reporter(probe, child)), child);
            }

            Receive<string>(name => Context.Child(name).Forward("fail"));
            Receive<Props>(p => Sender.Tell(Context.ActorOf(p)));
        }

        protected override SupervisorStrategy SupervisorStrategy() => strategy;
    }

    private sealed class Counter : ReceiveActor
    {
        private int count;

        public Counter()
        {
            Receive<string>(s => s is "fail", _ => throw new FormatException("bad"));
            Receive<string>(s => s is "count", _ => Sender.Tell(++count));
        }
    }

    [Fact]
    public void Restart_keeps_mailbox_and_stash_order_and_drops_only_the_failing_message()
    {
        var worker = Sys.ActorOf(Props.Create(() => new FailingWorker(TestActor, new Incarnations())), "worker");

        EventFilter.Exception<InvalidOperationException>(contains: "String").ExpectOne(() =>
        {
            foreach (var message in new[] { "stash:a", "stash:b", "fail", "c", "d" })
            {
                worker.Tell(message);
            }

            ExpectMsg("a");
        });

        ExpectMsg("b");
        ExpectMsg("c");
        ExpectMsg("d");
        ExpectNoMsg();
    }

    [Fact]
    public void Restart_calls_the_hooks_on_the_old_and_new_instance_and_stops_children()
    {
        var parent = Sys.ActorOf(Props.Create(() => new Reporter(TestActor, "parent")), "parent");
        ExpectMsg("parent started");
        parent.Tell(Props.Create(() => new Reporter(TestActor, "child")));
        ReceiveN(2).Should().Contain("child started").And.ContainSingle(m => m is IActorRef);

        parent.Tell("fail");

        ExpectMsg("parent pre-restart parent failed fail");
        ReceiveN(2).Should().BeEquivalentTo(["child stopped", "parent stopped"], "the old instance's PostStop runs while its children stop");
        ExpectMsg("parent post-restart", hint: "the fresh instance starts only after the children have stopped");
        ExpectMsg("parent started");
    }

    [Fact]
    public void Resume_keeps_the_instance_and_its_state()
    {
        var strategy = new OneForOneStrategy(_ => Directive.Resume);
        var parent = Sys.ActorOf(Props.Create(() => new Parent(strategy, TestActor, Array.Empty<string>())));
        parent.Tell(Props.Create<Counter>());
        var counter = ExpectMsg<IActorRef>();

        counter.Tell("count");
        counter.Tell("fail");
        counter.Tell("count");

        ExpectMsg(1);
        ExpectMsg(2, hint: "the count survived the failure");
    }

    [Fact]
    public void All_for_one_restarts_the_siblings_of_a_failing_child()
    {
        var strategy = new AllForOneStrategy(_ => Directive.Restart);
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe<ActorRestarted>(TestActor);
        var parent = Sys.ActorOf(Props.Create(() => new Parent(strategy, probe.Ref, new[] { "a", "b" })), "family");
        probe.ReceiveN(2).Should().BeEquivalentTo(["a started", "b started"]);

        parent.Tell("a");

        var messages = probe.ReceiveN(8).Cast<string>().ToList();
        messages.Where(m => m.StartsWith("a ", StringComparison.Ordinal)).Should().Equal("a pre-restart a failed fail", "a stopped", "a post-restart", "a started");
        messages.Where(m => m.StartsWith("b ", StringComparison.Ordinal)).Should().Equal("b pre-restart a failed ", "b stopped", "b post-restart", "b started");
        var restarted = new[] { ExpectMsg<ActorRestarted>(), ExpectMsg<ActorRestarted>() };
        restarted.Select(r => r.Actor.Path.Name).Should().BeEquivalentTo(["a", "b"]);
        restarted.Should().OnlyContain(r => r.Cause.Message == "a failed");
    }

    [Fact]
    public void One_for_one_restarts_only_the_failing_child()
    {
        var strategy = new OneForOneStrategy(_ => Directive.Restart);
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Parent(strategy, probe.Ref, new[] { "a", "b" })));
        probe.ReceiveN(2);

        parent.Tell("a");

        probe.ReceiveN(4).Should().Equal("a pre-restart a failed fail", "a stopped", "a post-restart", "a started");
        probe.ExpectNoMsg();
    }

    [Fact]
    public void Exhausted_retries_stop_the_child_and_its_watchers_receive_Terminated()
    {
        var strategy = new OneForOneStrategy(2, TimeSpan.FromMinutes(1), _ => Directive.Restart);
        var probe = CreateTestProbe();
        var events = CreateTestProbe();
        Sys.EventStream.Subscribe<ActorStopped>(events.Ref);
        var parent = Sys.ActorOf(Props.Create(() => new Parent(strategy, probe.Ref, new[] { "worker" })));
        probe.ExpectMsg("worker started");
        var worker = ActorSelectionOf(parent, "worker");
        Watch(worker);

        for (var i = 0; i < 3; i++)
        {
            parent.Tell("worker");
        }

        ExpectTerminated(worker);
        events.FishForMessage<ActorStopped>(s => s.Actor.Equals(worker)).Reason.Should().BeOfType<InvalidOperationException>();
        probe.FishForMessage<string>(s => s is "worker stopped");
        Sys.Describe().All.Should().NotContain(a => a.Path.EndsWith("/worker", StringComparison.Ordinal) && a.State != ActorState.Stopped);
    }

    [Fact]
    public void Retries_are_counted_within_the_time_window_by_the_system_clock()
    {
        var strategy = new OneForOneStrategy(1, TimeSpan.FromSeconds(10), _ => Directive.Restart);
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Parent(strategy, probe.Ref, new[] { "worker" })));
        probe.ExpectMsg("worker started");
        var worker = ActorSelectionOf(parent, "worker");
        Watch(worker);

        parent.Tell("worker");
        probe.FishForMessage<string>(s => s is "worker started");
        Clock.Advance(TimeSpan.FromSeconds(11));
        parent.Tell("worker");
        probe.FishForMessage<string>(s => s is "worker started", hint: "a new window allows another restart");
        parent.Tell("worker");

        ExpectTerminated(worker);
    }

    [Fact]
    public void Default_decider_stops_an_actor_whose_constructor_throws()
    {
        Sys.EventStream.Subscribe<ActorStopped>(TestActor);

        var broken = EventFilter.Exception<ActorInitializationException>().ExpectOne(
            () => Sys.ActorOf(Props.Create(() => new Reporter(null!, "x")), "broken"));

        var stopped = ExpectMsg<ActorStopped>();
        stopped.Actor.Should().Be(broken);
        stopped.Reason.Should().BeOfType<ActorInitializationException>()
            .Which.Message.Should().Contain("/user/broken").And.Contain(nameof(Reporter));
    }

    [Fact]
    public void Default_decider_matches_Akka()
    {
        var decider = SupervisorStrategy.DefaultDecider;

        decider.Decide(new ActorInitializationException(null, "x")).Should().Be(Directive.Stop);
        decider.Decide(new ActorKilledException("x")).Should().Be(Directive.Stop);
        decider.Decide(new DeathPactException(ActorRefs.Nobody)).Should().Be(Directive.Stop);
        decider.Decide(new InvalidOperationException()).Should().Be(Directive.Restart);
    }

    [Fact]
    public void Decider_rules_apply_in_order_with_subclasses()
    {
        var decider = Decider.From(Directive.Escalate, Directive.Resume.When<FileNotFoundException>(), Directive.Stop.When<IOException>());

        decider.Decide(new FileNotFoundException()).Should().Be(Directive.Resume);
        decider.Decide(new DirectoryNotFoundException()).Should().Be(Directive.Stop);
        decider.Decide(new InvalidOperationException()).Should().Be(Directive.Escalate);
    }

    [Fact]
    public void Restart_publishes_ActorRestarted_and_records_the_failure()
    {
        Sys.EventStream.Subscribe<ActorRestarted>(TestActor);
        var counter = Sys.ActorOf(Props.Create<Counter>(), "counter");

        counter.Tell("fail");

        var restarted = ExpectMsg<ActorRestarted>();
        restarted.Actor.Should().Be(counter);
        restarted.Cause.Should().BeOfType<FormatException>();
        var described = Sys.Describe().User.Children.Single(c => c.Path is "/user/counter");
        described.Restarts.Should().Be(1);
        described.LastFailure.Should().Be(new ActorFailure(typeof(FormatException).FullName!, "bad", Clock.GetUtcNow()));
    }

    private IActorRef ActorSelectionOf(IActorRef parent, string child) =>
        Sys.ActorSelection($"{parent.Path}/{child}").ResolveOne(TimeSpan.FromSeconds(1)).GetAwaiter().GetResult();
}
