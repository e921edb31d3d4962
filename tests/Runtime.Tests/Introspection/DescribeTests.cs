using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Introspection;

using FractalTrader.TestKit;

public sealed class DescribeTests(ITestOutputHelper output) : TestKit(output)
{
    private sealed class Strategy : ReceiveActor
    {
        public Strategy()
        {
            Receive<string>(s => s is "fail", _ => throw new TimeoutException("candle feed stalled"));
            Receive<string>(s => s is "spawn", _ => Sender.Tell(Context.ActorOf(Props.Create<Strategy>(), "signals")));
            ReceiveAny(_ => { });
        }
    }

    private sealed class Gate : ReceiveActor
    {
        public Gate(Task release) => ReceiveAsync<string>(_ => release);
    }

    [Fact]
    public void Describe_returns_the_live_tree_with_counters()
    {
        var strategy = Sys.ActorOf(Props.Create<Strategy>(), "BTC");
        strategy.Tell("spawn");
        ExpectMsg<IActorRef>();
        strategy.Tell(1);
        strategy.Tell("fail");
        Sys.EventStream.Subscribe<ActorRestarted>(TestActor);
        ExpectMsg<ActorRestarted>();

        var system = Sys.Describe();

        system.Name.Should().Be(Sys.Name);
        system.Root.Path.Should().Be("/");
        system.All.Select(a => a.Path).Should().Contain(["/user", "/system", "/user/BTC"]);
        var btc = system.User.Children.Single();
        btc.Path.Should().Be("/user/BTC");
        btc.Type.Should().Be(typeof(Strategy).FullName);
        btc.State.Should().Be(ActorState.Running);
        btc.MessagesProcessed.Should().Be(3);
        btc.Restarts.Should().Be(1);
        btc.LastFailure.Should().Be(new ActorFailure(typeof(TimeoutException).FullName!, "candle feed stalled", Clock.GetUtcNow()));
        btc.Children.Should().BeEmpty("the default PreRestart stopped the child");
    }

    [Fact]
    public void Describe_shows_the_mailbox_depth_of_an_actor_holding_its_mailbox()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = Sys.ActorOf(Props.Create(() => new Gate(release.Task)), "gate");
        gate.Tell("first");
        gate.Tell("second");
        gate.Tell("third");

        AwaitCondition(() => Sys.Describe().User.Find("/user/gate") is { State: ActorState.Awaiting, MailboxDepth: 2 });
        release.SetResult();

        AwaitCondition(() => Sys.Describe().User.Find("/user/gate") is { MailboxDepth: 0, MessagesProcessed: 3 });
    }

    [Fact]
    public async Task Describe_is_safe_from_other_threads_while_actors_work()
    {
        var strategy = Sys.ActorOf(Props.Create<Strategy>(), "busy");
        using var stop = new CancellationTokenSource();
        // Dedicated threads: spinning readers on pool threads would starve the actors they watch.
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
        {
            long last = 0;
            var snapshots = 0;
            while (!stop.IsCancellationRequested || snapshots < 10)
            {
                var processed = Sys.Describe().User.Find("/user/busy")?.MessagesProcessed ?? 0;
                processed.Should().BeGreaterThanOrEqualTo(last, "counters never go back");
                last = processed;
                snapshots++;
                Thread.Yield();
            }

            return snapshots;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        for (var i = 0; i < 20_000; i++)
        {
            strategy.Tell(i);
        }

        strategy.Tell("spawn");
        await ExpectMsgAsync<IActorRef>();
        await stop.CancelAsync();

        (await Task.WhenAll(readers)).Should().OnlyContain(n => n > 0);
        Sys.Describe().User.Find("/user/busy")!.MessagesProcessed.Should().Be(20_001);
    }
}
