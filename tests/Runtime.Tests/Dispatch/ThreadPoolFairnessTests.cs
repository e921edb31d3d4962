using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Dispatch;

using FractalTrader.TestKit;

public sealed class ThreadPoolFairnessTests : TestKit
{
    private readonly ITestOutputHelper output;

    public ThreadPoolFairnessTests(ITestOutputHelper output)
        : base(output)
    {
        this.output = output;
    }

    /// <summary>Bounces a ball with its partner forever: a chain of wake-ups that never ends.</summary>
    private sealed class Rally : UntypedActor
    {
        protected override void OnReceive(object message)
        {
            if (message is IActorRef partner)
            {
                partner.Tell("ball", Self);
            }
            else if (message is "ball")
            {
                Sender.Tell("ball");
            }
            else
            {
                Sender.Tell($"served {message}");
            }
        }
    }

    [Fact]
    public void Endless_rallies_on_every_core_do_not_starve_other_actors()
    {
        var rallies = Enumerable.Range(0, 2 * Environment.ProcessorCount)
            .Select(_ => (Sys.ActorOf(Props.Create<Rally>()), Sys.ActorOf(Props.Create<Rally>())))
            .ToArray();
        foreach (var (a, b) in rallies)
        {
            a.Tell(b);
        }

        var bystander = Sys.ActorOf(Props.Create<Rally>());
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            bystander.Tell(i);
            ExpectMsg($"served {i}");
        }

        output.WriteLine($"20 round trips beside the rallies: {watch.Elapsed.TotalMilliseconds:F0} ms");

        foreach (var (a, b) in rallies)
        {
            Sys.Stop(a);
            Sys.Stop(b);
        }
    }
}
