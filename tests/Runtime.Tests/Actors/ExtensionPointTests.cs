using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Actors;

using FractalTrader.TestKit;

/// <summary>The hooks the persistence layer builds on, used the way it will use them.</summary>
public sealed class ExtensionPointTests(ITestOutputHelper output) : TestKit(output)
{
    private sealed record Persist(string Event);

    private sealed record Write(string Event);

    private sealed record WriteSucceeded(string Event);

    /// <summary>
    /// Sends each event to a journal and, until the journal confirms, stashes every other message
    /// in an internal stash through <c>AroundReceive</c>; then replays them in order.
    /// </summary>
    private sealed class JournalingActor : ReceiveActor
    {
        private readonly IStash pending;
        private bool writing;

        public JournalingActor(IActorRef journal, IActorRef probe)
        {
            pending = CreateStash();
            Receive<Persist>(p =>
            {
                writing = true;
                journal.Tell(new Write(p.Event));
            });
            Receive<string>(s => probe.Tell($"command {s}"));
        }

        protected internal override bool AroundReceive(Receive receive, object message)
        {
            switch (message)
            {
                case WriteSucceeded succeeded:
                    writing = false;
                    Sender.Tell($"persisted {succeeded.Event}");
                    pending.UnstashAll();
                    return true;
                case var _ when writing:
                    pending.Stash();
                    return true;
                default:
                    return base.AroundReceive(receive, message);
            }
        }
    }

    /// <summary>Recovers asynchronously before its first message: <c>RunTask</c> from <c>AroundPreStart</c> holds the mailbox.</summary>
    private sealed class RecoveringActor : ReceiveActor
    {
        private readonly Task<string> recovery;
        private string state = "empty";

        public RecoveringActor(Task<string> recovery)
        {
            this.recovery = recovery;
            Receive<string>(s => Sender.Tell($"{s} after {state}"));
            Receive<Exception>(StopWithFailure);
        }

        protected internal override void AroundPreStart()
        {
            RunTask(async () => state = await recovery);
            base.AroundPreStart();
        }
    }

    [Fact]
    public void An_internal_stash_holds_messages_while_a_write_is_in_flight_and_replays_them_in_order()
    {
        var journal = CreateTestProbe();
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new JournalingActor(journal.Ref, probe.Ref)));

        actor.Tell(new Persist("opened"));
        actor.Tell("c1");
        actor.Tell("c2");
        journal.ExpectMsg(new Write("opened"));
        probe.ExpectNoMsg();
        journal.Reply(new WriteSucceeded("opened"));

        journal.ExpectMsg("persisted opened");
        probe.ExpectMsg("command c1");
        probe.ExpectMsg("command c2");
    }

    [Fact]
    public void RunTask_in_AroundPreStart_holds_messages_until_recovery_completes()
    {
        var recovery = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = Sys.ActorOf(Props.Create(() => new RecoveringActor(recovery.Task)));

        actor.Tell("first");
        ExpectNoMsg();
        recovery.SetResult("3 events");

        ExpectMsg("first after 3 events");
    }

    [Fact]
    public void StopWithFailure_stops_the_actor_recording_why()
    {
        var events = CreateTestProbe();
        Sys.EventStream.Subscribe<ActorStopped>(events.Ref);
        var recovered = Task.FromResult("nothing");
        var actor = Watch(Sys.ActorOf(Props.Create(() => new RecoveringActor(recovered)), "ledger"));

        actor.Tell(new InvalidDataException("journal refused the write"));

        ExpectTerminated(actor);
        events.ExpectMsg<ActorStopped>().Reason.Should().BeOfType<InvalidDataException>();
        Sys.Describe().All.Should().NotContain(a => a.Path == "/user/ledger", "the stopped actor is gone from the tree");
    }
}
