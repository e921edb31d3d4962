using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Logging;

using FractalTrader.TestKit;

public sealed class ActorLoggerTests(ITestOutputHelper output) : TestKit(output)
{
    private sealed class Reconciler : ReceiveActor
    {
        public Reconciler()
        {
            var log = Context.GetLogger();
            Receive<string>(s => log.LogWarning("Position drift on {Symbol}", s));
        }
    }

    [Fact]
    public void The_actor_logger_carries_the_actor_path_and_the_actor_class()
    {
        var reconciler = Sys.ActorOf(Props.Create<Reconciler>(), "reconciler");

        EventFilter.Warning(message: "Position drift on BTC", source: "/user/reconciler").ExpectOne(() => reconciler.Tell("BTC"));

        LogEvents.Should().ContainSingle(e => e.Message == "Position drift on BTC")
            .Which.Category.Should().Be(typeof(Reconciler).FullName);
    }

    [Fact]
    public async Task Dead_letters_are_logged_at_a_limited_rate()
    {
        await using var system = ActorSystem.Create("rate", ActorSystemOptions.Default with
        {
            TimeProvider = Clock,
            LoggerFactory = Sys.LoggerFactory,
            DeadLetterLogLimit = 3,
            DeadLetterLogInterval = TimeSpan.FromMinutes(1),
        });

        for (var i = 0; i < 10; i++)
        {
            system.DeadLetters.Tell(i, ActorRefs.NoSender);
        }

        DeadLetterLines().Should().HaveCount(3);
        system.DeadLetterCount.Should().Be(10);
        Clock.Advance(TimeSpan.FromMinutes(1));
        system.DeadLetters.Tell("later", ActorRefs.NoSender);

        DeadLetterLines().Should().HaveCount(4).And.Subject.Last().Should().Contain("7 not logged");
    }

    private List<string> DeadLetterLines() =>
        [.. LogEvents.Select(e => e.Message).Where(m => m.Contains("was not delivered", StringComparison.Ordinal))];
}
