using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Actors;

using FractalTrader.TestKit;

public sealed class OrderingTests(ITestOutputHelper output) : TestKit(output)
{
    private const int Senders = 8;

    private sealed record Numbered(int Sender, int Sequence);

    private sealed record Done(int Expected);

    /// <summary>Checks, per sender, that sequence numbers arrive in order, and reports violations when it has seen them all.</summary>
    private sealed class SequenceChecker : ReceiveActor
    {
        private readonly int[] next = new int[Senders];
        private int received;
        private int violations;
        private IActorRef? reportTo;
        private int expected = -1;

        public SequenceChecker()
        {
            Receive<Numbered>(n =>
            {
                if (n.Sequence != next[n.Sender])
                {
                    violations++;
                }

                next[n.Sender] = n.Sequence + 1;
                received++;
                ReportWhenComplete();
            });
            Receive<Done>(d =>
            {
                expected = d.Expected;
                reportTo = Sender;
                ReportWhenComplete();
            });
        }

        private void ReportWhenComplete()
        {
            if (received == expected)
            {
                reportTo!.Tell(violations);
            }
        }
    }

    /// <summary>Detects two of its handlers running at once with an interlocked counter.</summary>
    private sealed class ExclusiveActor : ReceiveActor
    {
        private int active;
        private int overlaps;
        private int handled;

        public ExclusiveActor()
        {
            Receive<int>(n => Guarded(() => Thread.SpinWait(n % 64)));
            ReceiveAsync<string>(s => s is "async", async _ =>
            {
                Enter();
                await Task.Yield();
                Thread.SpinWait(20);
                Exit();
            });
            Receive<string>(s => s is "report", _ => Sender.Tell((handled, overlaps)));
        }

        private void Guarded(Action work)
        {
            Enter();
            work();
            Exit();
        }

        private void Enter()
        {
            if (Interlocked.Increment(ref active) != 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            handled++;
        }

        private void Exit() => Interlocked.Decrement(ref active);
    }

    [Fact]
    public void Messages_from_each_of_8_concurrent_senders_arrive_in_the_order_sent()
    {
        var plans = Gen.ArrayOf(Gen.Choose(0, 32), Senders)
            .Zip(Gen.Choose(20, 400))
            .ToArbitrary();
        Prop.ForAll(plans, plan =>
        {
            var (pauses, perSender) = plan;
            var checker = Sys.ActorOf(Props.Create<SequenceChecker>());
            using var start = new ManualResetEventSlim();
            var senders = Enumerable.Range(0, Senders).Select(sender => Task.Run(() =>
            {
                start.Wait();
                for (var i = 0; i < perSender; i++)
                {
                    checker.Tell(new Numbered(sender, i), ActorRefs.NoSender);
                    if (pauses[sender] > 0 && i % pauses[sender] == 0)
                    {
                        Thread.Yield();
                    }
                }
            })).ToArray();
            start.Set();
            Task.WaitAll(senders, TestKitSettingsTimeout).Should().BeTrue("the senders finish");
            checker.Tell(new Done(Senders * perSender), TestActor);

            var violations = ExpectMsg<int>();
            Sys.Stop(checker);
            return violations == 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    [Fact]
    public async Task An_actor_never_runs_two_handlers_at_once()
    {
        var actor = Sys.ActorOf(Props.Create<ExclusiveActor>());
        const int PerThread = 4_000;
        var threads = Enumerable.Range(0, Senders).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                if (i % 500 == 0)
                {
                    actor.Tell("async", ActorRefs.NoSender);
                }

                actor.Tell(i, ActorRefs.NoSender);
            }
        })).ToArray();
        await Task.WhenAll(threads).WaitAsync(TestKitSettingsTimeout);

        actor.Tell("report");

        var (handled, overlaps) = await ExpectMsgAsync<(int, int)>();
        overlaps.Should().Be(0);
        handled.Should().Be(Senders * (PerThread + (PerThread / 500)));
    }

    private static TimeSpan TestKitSettingsTimeout => FractalTrader.TestKit.TestKitSettings.DefaultTimeout;
}
