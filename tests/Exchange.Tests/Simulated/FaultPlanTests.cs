using FractalTrader.Exchange.Simulated.Faults;

namespace FractalTrader.Exchange.Tests.Simulated;

public sealed class FaultPlanTests
{
    [Fact]
    public void Parses_probabilities_and_scripts()
    {
        var plan = FaultPlan.Parse("rate-limit@5x20, timeout-after@3, disconnect=0.05");

        plan.Rules.Should().Equal(
            new FaultRule(FaultKind.RateLimit, null, 5, 20),
            new FaultRule(FaultKind.TimeoutAfterSend, null, 3, 1),
            new FaultRule(FaultKind.Disconnect, 0.05));
    }

    [Theory]
    [InlineData("explode=0.5", "*'explode=0.5'*unknown fault*")]
    [InlineData("reject=2", "*'reject=2'*probability*")]
    [InlineData("reject@0", "*'reject@0'*")]
    [InlineData("reject", "*'reject'*")]
    public void Bad_entries_are_named_in_the_error(string spec, string message) =>
        FluentActions.Invoking(() => FaultPlan.Parse(spec)).Should().Throw<FormatException>().WithMessage(message);

    [Fact]
    public void Scripted_faults_strike_exactly_their_occurrences_at_their_point()
    {
        var injector = new FaultInjector(FaultPlan.Parse("rate-limit@2x3,reject@1"), seed: 1);

        var requests = Enumerable.Range(0, 6).Select(_ => injector.Next(FaultPoint.Request)).ToList();
        var actions = Enumerable.Range(0, 2).Select(_ => injector.Next(FaultPoint.OrderAction)).ToList();

        requests.Should().Equal(null, FaultKind.RateLimit, FaultKind.RateLimit, FaultKind.RateLimit, null, null);
        actions.Should().Equal(FaultKind.Reject, null);
        injector.Count(FaultKind.RateLimit).Should().Be(3);
    }

    [Fact]
    public void Probabilistic_faults_are_reproducible_for_a_seed()
    {
        static List<FaultKind?> Draw(int seed)
        {
            var injector = new FaultInjector(FaultPlan.Parse("duplicate=0.3"), seed);
            return [.. Enumerable.Range(0, 200).Select(_ => injector.Next(FaultPoint.StreamEvent))];
        }

        Draw(3).Should().Equal(Draw(3));
        Draw(3).Count(f => f is not null).Should().BeInRange(30, 90);
    }
}
