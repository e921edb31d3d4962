using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Asking;

using FractalTrader.TestKit;

public sealed class AskTests(ITestOutputHelper output) : TestKit(output)
{
    private sealed class PriceOracle : ReceiveActor
    {
        public PriceOracle()
        {
            Receive<string>(s => s is "BTC", _ => Sender.Tell(97_000.5m));
            Receive<string>(s => s is "ETH", _ => Sender.Tell(new Status.Failure(new KeyNotFoundException("no ETH price"))));
            Receive<string>(s => s is "name", _ => Sender.Tell("oracle"));
            Receive<string>(_ => { });
        }
    }

    private IActorRef Oracle(string? name = null) => Sys.ActorOf(Props.Create<PriceOracle>(), name);

    [Fact]
    public async Task Ask_completes_with_the_typed_reply()
    {
        var price = await Oracle().Ask<decimal>("BTC", TimeSpan.FromSeconds(5));

        price.Should().Be(97_000.5m);
    }

    [Fact]
    public async Task A_Status_Failure_reply_faults_the_ask_with_its_cause()
    {
        var asking = () => Oracle().Ask<decimal>("ETH", TimeSpan.FromSeconds(5));

        await asking.Should().ThrowAsync<KeyNotFoundException>().WithMessage("no ETH price");
    }

    [Fact]
    public async Task A_reply_of_another_type_faults_with_InvalidCastException()
    {
        var asking = () => Oracle().Ask<decimal>("name", TimeSpan.FromSeconds(5));

        await asking.Should().ThrowAsync<InvalidCastException>().WithMessage("*String*");
    }

    [Fact]
    public async Task Ask_times_out_by_the_system_clock()
    {
        var asking = Oracle().Ask<decimal>("silence", TimeSpan.FromSeconds(5));
        await Task.Yield();
        asking.IsCompleted.Should().BeFalse();

        Clock.Advance(TimeSpan.FromSeconds(5));

        await asking.Invoking(t => t).Should().ThrowAsync<AskTimeoutException>().WithMessage("*timed out after 00:00:05*");
    }

    [Fact]
    public async Task Asks_sharing_a_timeout_each_expire_exactly_at_their_own_deadline()
    {
        var oracle = Oracle();
        var first = oracle.Ask<decimal>("silence", TimeSpan.FromSeconds(5));
        Clock.Advance(TimeSpan.FromSeconds(2));
        var second = oracle.Ask<decimal>("silence", TimeSpan.FromSeconds(5));
        var answered = oracle.Ask<decimal>("BTC", TimeSpan.FromSeconds(5));
        (await answered).Should().Be(97_000.5m);

        Clock.Advance(TimeSpan.FromSeconds(3));
        await first.Invoking(t => t).Should().ThrowAsync<AskTimeoutException>();
        second.IsCompleted.Should().BeFalse();
        Clock.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        second.IsCompleted.Should().BeFalse();
        Clock.Advance(TimeSpan.FromTicks(1));

        await second.Invoking(t => t).Should().ThrowAsync<AskTimeoutException>();
    }

    [Fact]
    public async Task Asks_with_many_distinct_timeouts_all_expire_on_time()
    {
        var oracle = Oracle();
        var asks = Enumerable.Range(1, 40).Select(s => oracle.Ask<decimal>("silence", TimeSpan.FromSeconds(s))).ToArray();

        Clock.Advance(TimeSpan.FromSeconds(20));

        asks.Take(20).Should().OnlyContain(t => t.IsFaulted);
        asks.Skip(20).Should().OnlyContain(t => !t.IsCompleted);
        Clock.Advance(TimeSpan.FromSeconds(20));
        await Task.WhenAll(asks).Invoking(t => t).Should().ThrowAsync<AskTimeoutException>();
        asks.Should().OnlyContain(t => t.IsFaulted);
    }

    [Fact]
    public async Task Asks_still_waiting_fail_when_the_system_terminates()
    {
        var asking = Oracle().Ask<decimal>("silence", TimeSpan.FromMinutes(1));

        await Sys.Terminate();

        await asking.Invoking(t => t).Should().ThrowAsync<AskTimeoutException>();
    }

    [Fact]
    public async Task Ask_without_a_timeout_uses_the_configured_default()
    {
        var asking = Oracle().Ask<decimal>("silence");

        Clock.Advance(Sys.Options.AskTimeout - TimeSpan.FromTicks(1));
        asking.IsCompleted.Should().BeFalse();
        Clock.Advance(TimeSpan.FromTicks(1));

        await asking.Invoking(t => t).Should().ThrowAsync<AskTimeoutException>();
    }

    [Fact]
    public async Task Ask_to_a_dead_actor_fails_at_once()
    {
        var oracle = Watch(Oracle());
        Sys.Stop(oracle);
        ExpectTerminated(oracle);

        var asking = oracle.Ask<decimal>("BTC", Timeout.InfiniteTimeSpan);

        asking.IsFaulted.Should().BeTrue("no clock advance is needed");
        await asking.Invoking(t => t).Should().ThrowAsync<AskTimeoutException>().WithMessage("*terminated*");
    }

    [Fact]
    public async Task Ask_fails_at_once_when_the_target_dies_with_the_question_in_its_mailbox()
    {
        var oracle = Oracle();
        oracle.Tell(PoisonPill.Instance);

        var asking = () => oracle.Ask<decimal>("BTC", Timeout.InfiniteTimeSpan);

        await asking.Should().ThrowAsync<AskTimeoutException>().WithMessage("*failed at once*", "either the ask saw it dead or its question became a dead letter");
    }

    [Fact]
    public async Task Ask_fails_at_once_when_its_question_becomes_a_dead_letter()
    {
        using var manual = new Dispatch.ManualSystem();
        var oracle = manual.ActorOf(Props.Create<PriceOracle>());
        oracle.Tell(PoisonPill.Instance, ActorRefs.NoSender);
        var asking = oracle.Ask<decimal>("BTC", Timeout.InfiniteTimeSpan);
        asking.IsCompleted.Should().BeFalse("the oracle has not processed its poison pill yet");

        manual.Dispatcher.RunUntilIdle();

        await asking.Invoking(t => t).Should().ThrowAsync<AskTimeoutException>().WithMessage("*not delivered*");
    }

    [Fact]
    public async Task Ask_is_cancelled_by_its_token()
    {
        using var cancellation = new CancellationTokenSource();
        var asking = Oracle().Ask<decimal>("silence", Timeout.InfiniteTimeSpan, cancellation.Token);

        await cancellation.CancelAsync();

        await asking.Invoking(t => t).Should().ThrowAsync<TaskCanceledException>();
    }

    [Fact]
    public async Task Ask_works_through_a_selection_and_fails_at_once_for_an_empty_path()
    {
        Oracle("oracle");

        (await Sys.ActorSelection("/user/oracle").Ask<decimal>("BTC")).Should().Be(97_000.5m);
        var missing = () => Sys.ActorSelection("/user/nobody-here").Ask<decimal>("BTC", Timeout.InfiniteTimeSpan);
        await missing.Should().ThrowAsync<AskTimeoutException>();
    }

    [Fact]
    public async Task A_late_reply_after_a_timeout_is_ignored()
    {
        var probe = CreateTestProbe();
        var asking = probe.Ref.Ask<string>("question", TimeSpan.FromSeconds(1));
        probe.ExpectMsg("question");
        Clock.Advance(TimeSpan.FromSeconds(1));
        await asking.Invoking(t => t).Should().ThrowAsync<AskTimeoutException>();

        probe.Reply("late answer");

        DeadLetters.Should().BeEmpty();
    }
}
