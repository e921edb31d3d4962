using System.Runtime.CompilerServices;
using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Actors;

using FractalTrader.TestKit;

/// <summary>Measures memory with the garbage collector, so it runs alone: parallel tests would blur the numbers.</summary>
[CollectionDefinition(nameof(MemoryTests), DisableParallelization = true)]
public sealed class MemoryTestsCollection;

[Collection(nameof(MemoryTests))]
public sealed class MemoryTests : TestKit
{
    private readonly ITestOutputHelper output;

    public MemoryTests(ITestOutputHelper output)
        : base(output)
    {
        this.output = output;
    }

    private const int ActorCount = 100_000;

    private sealed class Counter
    {
        private int started;

        public int Started => Volatile.Read(ref started);

        public void Add() => Interlocked.Increment(ref started);
    }

    private sealed class IdleStrategy : ReceiveActor
    {
        public IdleStrategy(Counter counter)
        {
            counter.Add();
            Receive<string>(_ => { });
        }
    }

    private sealed class Spawner : ReceiveActor
    {
        public Spawner()
        {
            Receive<(Props Props, int Count)>(request =>
            {
                for (var i = 0; i < request.Count; i++)
                {
                    Context.ActorOf(request.Props);
                }

                Sender.Tell("spawned");
            });
        }
    }

    [Fact]
    public void A_hundred_thousand_idle_actors_take_under_1_KB_each_and_all_of_it_returns_when_they_stop()
    {
        var counter = new Counter();
        var props = Props.Create(() => new IdleStrategy(counter));
        var parent = Watch(Sys.ActorOf(Props.Create<Spawner>(), "parent"));
        parent.Tell((props, 1));
        ExpectMsg("spawned");
        AwaitCondition(() => counter.Started == 1);
        var baseline = MeasureHeap();

        parent.Tell((props, ActorCount));
        ExpectMsg("spawned");
        AwaitCondition(() => counter.Started == ActorCount + 1, message: "every actor has been constructed");
        var samples = WeakSamples(parent);
        var peak = MeasureHeap();
        var perActor = (peak - baseline) / (double)ActorCount;
        output.WriteLine($"{perActor:F0} bytes per idle actor");

        Sys.Stop(parent);
        ExpectTerminated(parent, TimeSpan.FromMinutes(1));
        var after = MeasureHeap();

        perActor.Should().BeLessThan(1024, "an idle actor stays under 1 KB");
        samples.Should().OnlyContain(w => !w.IsAlive, "stopped actors are collected");
        output.WriteLine($"{after - baseline} bytes left of {peak - baseline} after stopping them");
        (after - baseline).Should().BeLessThan((peak - baseline) / 10, "memory returns once the actors have stopped (the thread pool keeps some queue capacity)");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] WeakSamples(IActorRef parent) =>
        [.. ((LocalActorRef)parent).Cell.ChildCells().Where((_, i) => i % 10_000 == 0).SelectMany(c => new WeakReference[] { new(c), new(c.Actor) })];

    private static long MeasureHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
