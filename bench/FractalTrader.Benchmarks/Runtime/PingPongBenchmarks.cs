using BenchmarkDotNet.Attributes;
using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Runtime;

/// <summary>
/// Throughput of 2 × cores actor pairs playing ping-pong, against the same ping-pong over raw
/// channels with one consumer task per endpoint (the baseline). Reported per message; target:
/// actors reach at least 0.6 of the baseline's throughput (a ratio of at most 1.67).
/// </summary>
[Config(typeof(RuntimeBenchmarkConfig))]
public class PingPongBenchmarks
{
    private const int RoundsPerPair = 50_000;
    private static readonly int Pairs = 2 * Environment.ProcessorCount;
    private ActorSystem system = null!;

    /// <summary>Balls in the air per pair: 1 measures the hand-off, more measures batching.</summary>
    [Params(1, 64)]
    public int InFlight { get; set; }

    [GlobalSetup]
    public void Setup() => system = ActorSystem.Create("bench");

    [GlobalCleanup]
    public void Cleanup() => system.Terminate().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = 2 * RoundsPerPair)]
    public Task RawChannels() => Task.WhenAll(Enumerable.Range(0, Pairs).Select(_ => ChannelPingPong.Run(RoundsPerPair, InFlight)));

    [Benchmark(OperationsPerInvoke = 2 * RoundsPerPair)]
    public async Task Actors()
    {
        var pairs = Enumerable.Range(0, Pairs).Select(_ =>
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var ponger = system.ActorOf(Props.Create<Ponger>());
            var pinger = system.ActorOf(Props.Create(() => new Pinger(ponger, RoundsPerPair, InFlight, done)));
            return (done, pinger, ponger);
        }).ToArray();
        await Task.WhenAll(pairs.Select(p => p.done.Task));
        foreach (var (_, pinger, ponger) in pairs)
        {
            system.Stop(pinger);
            system.Stop(ponger);
        }
    }
}
