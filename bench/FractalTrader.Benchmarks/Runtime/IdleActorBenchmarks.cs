using BenchmarkDotNet.Attributes;
using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Runtime;

/// <summary>
/// Creating, starting and stopping 100k idle actors under one parent, against 100k idle
/// channel-plus-consumer-task pairs (the baseline). The memory diagnoser's allocation per
/// operation divided by 100k is the bytes allocated per actor over its whole life; the bytes an
/// idle actor keeps (target: at most 1 KB) are printed by the global setup.
/// </summary>
[Config(typeof(RuntimeBenchmarkConfig))]
public class IdleActorBenchmarks
{
    private const int Count = 100_000;
    private ActorSystem system = null!;

    [GlobalSetup]
    public void Setup()
    {
        system = ActorSystem.Create("bench");
        var before = Heap();
        var parent = Spawn();
        var retained = (Heap() - before) / (double)Count;
        parent.GracefulStop(TimeSpan.FromMinutes(1)).GetAwaiter().GetResult();
        var after = Heap();
        Console.WriteLine($"// Retained per idle actor: {retained:F0} bytes; left after stopping all {Count}: {after - before} bytes");
    }

    [GlobalCleanup]
    public void Cleanup() => system.Terminate().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public async Task IdleChannelConsumers()
    {
        var channels = new System.Threading.Channels.Channel<object>[Count];
        var consumers = new Task[Count];
        for (var i = 0; i < Count; i++)
        {
            var channel = System.Threading.Channels.Channel.CreateUnbounded<object>(new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true });
            channels[i] = channel;
            consumers[i] = Consume(channel.Reader);
        }

        foreach (var channel in channels)
        {
            channel.Writer.Complete();
        }

        await Task.WhenAll(consumers);

        static async Task Consume(System.Threading.Channels.ChannelReader<object> reader)
        {
            while (await reader.WaitToReadAsync())
            {
                reader.TryRead(out _);
            }
        }
    }

    [Benchmark]
    public Task<bool> IdleActors() => Spawn().GracefulStop(TimeSpan.FromMinutes(1));

    private IActorRef Spawn()
    {
        var started = new CountdownEvent(Count);
        var parent = system.ActorOf(Props.Create(() => new Spawner(Count, started)));
        started.Wait();
        return parent;
    }

    private static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private sealed class Spawner : ReceiveActor
    {
        public Spawner(int count, CountdownEvent started)
        {
            var props = Props.Create(() => new Idle(started));
            for (var i = 0; i < count; i++)
            {
                Context.ActorOf(props);
            }
        }
    }

    private sealed class Idle : ReceiveActor
    {
        public Idle(CountdownEvent started)
        {
            started.Signal();
            Receive<Ball>(_ => { });
        }
    }
}
