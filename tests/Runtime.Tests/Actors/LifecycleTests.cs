using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Actors;

using FractalTrader.TestKit;

public sealed class LifecycleTests(ITestOutputHelper output) : TestKit(output)
{
    private sealed class Journaling : ReceiveActor
    {
        private readonly IActorRef probe;
        private readonly string name;

        public Journaling(IActorRef probe, string name, int childDepth)
        {
            this.probe = probe;
            this.name = name;
            if (childDepth > 0)
            {
                Context.ActorOf(Props.Create(() => new Journaling(probe, $"{name}/child", childDepth - 1)), "child");
            }

            Receive<string>(s => probe.Tell($"{name} got {s}"));
        }

        protected override void PreStart() => probe.Tell($"{name} started");

        protected override void PostStop() => probe.Tell($"{name} stopped");
    }

    private Props JournalingProps(IActorRef probe, string name, int childDepth = 0) =>
        Props.Create(() => new Journaling(probe, name, childDepth));

    [Fact]
    public void PoisonPill_stops_after_the_messages_before_it_and_dead_letters_those_after()
    {
        var events = CreateTestProbe();
        Sys.EventStream.Subscribe<ActorStopped>(events.Ref);
        var actor = Watch(Sys.ActorOf(JournalingProps(TestActor, "a")));
        ExpectMsg("a started");

        EventFilter.DeadLetter<string>(s => s is "after").ExpectOne(() =>
        {
            actor.Tell("before");
            actor.Tell(PoisonPill.Instance);
            actor.Tell("after");
            ExpectMsg("a got before");
            ExpectMsg("a stopped");
            ExpectTerminated(actor);
        });

        events.ExpectMsg<ActorStopped>().Reason.Should().BeNull("a poison pill is a normal stop");
        LogEvents.Should().NotContain(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public void Kill_fails_the_actor_so_its_supervisor_stops_it_with_the_reason()
    {
        var events = CreateTestProbe();
        Sys.EventStream.Subscribe<ActorStopped>(events.Ref);
        var actor = Watch(Sys.ActorOf(JournalingProps(TestActor, "a")));
        ExpectMsg("a started");

        EventFilter.Exception<ActorKilledException>().ExpectOne(() =>
        {
            actor.Tell("before");
            actor.Tell(Kill.Instance);
            ExpectMsg("a got before");
            ExpectMsg("a stopped");
            ExpectTerminated(actor);
        });

        events.ExpectMsg<ActorStopped>().Reason.Should().BeOfType<ActorKilledException>();
    }

    [Fact]
    public void Kill_is_decided_by_the_supervisor_strategy()
    {
        var strategy = new OneForOneStrategy(_ => Directive.Restart);
        var parent = Sys.ActorOf(Props.Create(() => new Spawner(strategy)));
        parent.Tell(JournalingProps(TestActor, "a"));
        var child = ExpectMsg<IActorRef>();
        ExpectMsg("a started");

        child.Tell(Kill.Instance);

        ExpectMsg("a stopped");
        ExpectMsg("a started", hint: "a restart, not a stop, as the strategy says");
    }

    [Fact]
    public async Task GracefulStop_completes_once_the_actor_and_its_children_have_stopped()
    {
        var actor = Sys.ActorOf(JournalingProps(TestActor, "p", childDepth: 1));
        ReceiveN(2);

        var stopped = await actor.GracefulStop(TimeSpan.FromSeconds(5));

        stopped.Should().BeTrue();
        ReceiveN(2).Should().Equal("p/child stopped", "p stopped");
    }

    [Fact]
    public async Task GracefulStop_fails_with_TaskCanceledException_when_the_actor_outlives_the_timeout()
    {
        var actor = Sys.ActorOf(JournalingProps(TestActor, "a"));
        ExpectMsg("a started");

        var stopping = actor.GracefulStop(TimeSpan.FromSeconds(5), "not a stop message");
        ExpectMsg("a got not a stop message");
        Clock.Advance(TimeSpan.FromSeconds(5));

        await stopping.Invoking(t => t).Should().ThrowAsync<TaskCanceledException>();
    }

    [Fact]
    public async Task GracefulStop_of_a_dead_actor_completes_at_once()
    {
        var actor = Watch(Sys.ActorOf(JournalingProps(TestActor, "a")));
        ExpectMsg("a started");
        Sys.Stop(actor);
        ExpectMsg("a stopped");
        ExpectTerminated(actor);

        (await actor.GracefulStop(TimeSpan.FromSeconds(1))).Should().BeTrue();
    }

    [Fact]
    public void Messages_to_a_stopped_actor_become_counted_published_and_logged_dead_letters()
    {
        var actor = Watch(Sys.ActorOf(JournalingProps(TestActor, "a"), "gone"));
        ExpectMsg("a started");
        Sys.Stop(actor);
        ExpectMsg("a stopped");
        ExpectTerminated(actor);
        var before = Sys.DeadLetterCount;

        EventFilter.Info(contains: "/user/gone was not delivered").ExpectOne(() =>
            EventFilter.DeadLetter<string>(s => s is "hello").ExpectOne(() => actor.Tell("hello")));

        Sys.DeadLetterCount.Should().Be(before + 1);
        DeadLetters.OfType<DeadLetter>().Last().Should().Be(new DeadLetter("hello", TestActor, actor));
    }

    [Fact]
    public async Task Terminating_the_system_stops_actors_children_first_with_PostStop()
    {
        var probe = CreateTestProbe();
        Sys.ActorOf(JournalingProps(probe.Ref, "p", childDepth: 2), "p");
        probe.ReceiveN(3);

        await Sys.Terminate();

        probe.ReceiveN(3).Should().Equal("p/child/child stopped", "p/child stopped", "p stopped");
        Sys.WhenTerminated.IsCompletedSuccessfully.Should().BeTrue();
        var creating = () => Sys.ActorOf(JournalingProps(probe.Ref, "late"));
        creating.Should().Throw<InvalidOperationException>().WithMessage("*terminating*");
    }

    [Fact]
    public async Task System_actors_stop_after_every_user_actor()
    {
        var probe = CreateTestProbe();
        Sys.SystemActorOf(JournalingProps(probe.Ref, "journal"), "journal").Path.ToString().Should().Be("/system/journal");
        Sys.ActorOf(JournalingProps(probe.Ref, "strategy", childDepth: 1), "strategy");
        probe.ReceiveN(3);

        await Sys.Terminate();

        probe.ReceiveN(3).Should().Equal("strategy/child stopped", "strategy stopped", "journal stopped");
    }

    [Fact]
    public async Task Termination_runs_callbacks_and_disposes_extensions()
    {
        var callbackRan = false;
        Sys.RegisterOnTermination(() => callbackRan = true);
        var journal = Sys.WithExtension(new JournalExtensionId());

        await Sys.Terminate();

        callbackRan.Should().BeTrue();
        journal.Disposed.Should().BeTrue();
        Sys.WithExtension(new JournalExtensionId()).Should().BeSameAs(journal, "one instance per system");
    }

    private sealed class Spawner : ReceiveActor
    {
        private readonly SupervisorStrategy strategy;

        public Spawner(SupervisorStrategy strategy)
        {
            this.strategy = strategy;
            Receive<Props>(p => Sender.Tell(Context.ActorOf(p)));
        }

        protected override SupervisorStrategy SupervisorStrategy() => strategy;
    }

    private sealed class JournalExtension : IExtension, IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    private sealed class JournalExtensionId : ExtensionIdProvider<JournalExtension>
    {
        public override JournalExtension CreateExtension(ActorSystem system) => new();
    }
}
