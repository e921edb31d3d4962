using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Readme;

using FractalTrader.TestKit;

// The README's "Runtime" example test, verbatim: keep the two in step.
public sealed class PortfolioActorTests(ITestOutputHelper output) : TestKit(output)
{
    [Fact]
    public void A_bad_fill_is_skipped_and_the_position_kept()
    {
        var portfolio = Sys.ActorOf(Props.Create<PortfolioActor>(), "portfolio");

        portfolio.Tell(new Fill(0.5m));
        EventFilter.Exception<ArgumentException>().ExpectOne(
            () => portfolio.Tell(new Fill(0m)));
        portfolio.Tell(new GetPosition());

        ExpectMsg(0.5m);
    }
}
