using BenchmarkDotNet.Attributes;
using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Runtime;

/// <summary>
/// The cost of a failure that restarts an actor (fresh instance, hooks, supervisor decision),
/// measured as fail-then-ask, against a plain ask round trip (the baseline).
/// </summary>
[Config(typeof(RuntimeBenchmarkConfig))]
public class RestartBenchmarks
{
    private const int Rounds = 2_000;
    private ActorSystem system = null!;
    private IActorRef worker = null!;

    [GlobalSetup]
    public void Setup()
    {
        system = ActorSystem.Create("bench");
        worker = system.ActorOf(Props.Create<Fragile>());
    }

    [GlobalCleanup]
    public void Cleanup() => system.Terminate().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = Rounds)]
    public async Task AskWithoutFailure()
    {
        for (var i = 0; i < Rounds; i++)
        {
            await worker.Ask<Ball>(Ball.Instance);
        }
    }

    [Benchmark(OperationsPerInvoke = Rounds)]
    public async Task FailRestartThenAsk()
    {
        for (var i = 0; i < Rounds; i++)
        {
            worker.Tell(Fragile.Fail.Instance, ActorRefs.NoSender);
            await worker.Ask<Ball>(Ball.Instance);
        }
    }

    private sealed class Fragile : ReceiveActor
    {
        public Fragile()
        {
            Receive<Ball>(ball => Sender.Tell(ball));
            Receive<Fail>(_ => throw new InvalidOperationException("order book corrupted"));
        }

        public sealed class Fail
        {
            public static readonly Fail Instance = new();
        }
    }
}
