using BenchmarkDotNet.Attributes;
using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Runtime;

/// <summary>
/// Latency of one round trip between a single pair: Tell ping-pong between two actors (the
/// baseline) against <c>Ask</c> from outside to an actor that answers. Target: Ask at most 3 × Tell.
/// </summary>
[Config(typeof(RuntimeBenchmarkConfig))]
public class RoundTripBenchmarks
{
    private const int Rounds = 20_000;
    private ActorSystem system = null!;
    private IActorRef echo = null!;

    [GlobalSetup]
    public void Setup()
    {
        system = ActorSystem.Create("bench");
        echo = system.ActorOf(Props.Create<Ponger>());
    }

    [GlobalCleanup]
    public void Cleanup() => system.Terminate().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = Rounds)]
    public async Task TellRoundTrip()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ponger = system.ActorOf(Props.Create<Ponger>());
        var pinger = system.ActorOf(Props.Create(() => new Pinger(ponger, Rounds, 1, done)));
        await done.Task;
        system.Stop(pinger);
        system.Stop(ponger);
    }

    [Benchmark(OperationsPerInvoke = Rounds)]
    public async Task AskRoundTrip()
    {
        for (var i = 0; i < Rounds; i++)
        {
            await echo.Ask<Ball>(Ball.Instance);
        }
    }
}
