using Xunit.Abstractions;
using Xunit.Sdk;

namespace FractalTrader.Runtime.Tests.TestKit;

using FractalTrader.TestKit;

public sealed class TestKitTests(ITestOutputHelper output) : TestKit(output)
{
    private sealed class Echo : ReceiveActor
    {
        public Echo()
        {
            Receive<string>(s => s is "boom", _ => throw new InvalidOperationException("boom"));
            ReceiveAny(m => Sender.Tell(m));
        }
    }

    private IActorRef Echoing() => Sys.ActorOf(Props.Create<Echo>());

    [Fact]
    public void ExpectMsg_fails_with_the_message_it_got_instead()
    {
        Echoing().Tell(42);

        var expecting = () => ExpectMsg<string>();

        expecting.Should().Throw<TestKitAssertionException>().WithMessage("*Expected a String*got Int32 42*")
            .Which.Should().BeAssignableTo<XunitException>();
    }

    [Fact]
    public void ExpectMsg_fails_after_its_timeout_when_nothing_comes()
    {
        var expecting = () => ExpectMsg<string>(TimeSpan.FromMilliseconds(50));

        expecting.Should().Throw<TestKitAssertionException>().WithMessage("*Timeout*String*");
    }

    [Fact]
    public void ExpectMsg_checks_equality_predicates_and_assertions()
    {
        var echo = Echoing();
        echo.Tell("a");
        echo.Tell(5);
        echo.Tell("c");
        echo.Tell("d");

        ExpectMsg("a");
        ExpectMsg<int>(n => n > 4);
        ExpectMsg<string>(s => s.Should().Be("c"));
        var wrong = () => ExpectMsg("x");
        wrong.Should().Throw<TestKitAssertionException>().WithMessage("*equal to x*got String d*");
    }

    [Fact]
    public void ExpectNoMsg_fails_when_a_message_arrives()
    {
        Echoing().Tell("unexpected");

        var expecting = () => ExpectNoMsg(TimeSpan.FromSeconds(5));

        expecting.Should().Throw<TestKitAssertionException>().WithMessage("*no message*unexpected*");
    }

    [Fact]
    public void FishForMessage_skips_until_a_match_and_ReceiveN_collects()
    {
        var echo = Echoing();
        foreach (var n in Enumerable.Range(1, 6))
        {
            echo.Tell(n);
        }

        FishForMessage<int>(n => n == 3).Should().Be(3);
        ReceiveN(3).Should().Equal(4, 5, 6);
        ReceiveOne(TimeSpan.FromMilliseconds(20)).Should().BeNull();
    }

    [Fact]
    public void Within_bounds_the_block_and_lends_its_remaining_time()
    {
        var echo = Echoing();

        var got = Within(TimeSpan.FromSeconds(5), () =>
        {
            echo.Tell("fast");
            RemainingOrDefault.Should().BeLessThanOrEqualTo(Dilated(TimeSpan.FromSeconds(5)));
            return ExpectMsg<string>();
        });

        got.Should().Be("fast");
        var tooSlowMinimum = () => Within(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), () => { });
        tooSlowMinimum.Should().Throw<TestKitAssertionException>().WithMessage("*less than the minimum*");
    }

    [Fact]
    public async Task AwaitCondition_and_AwaitAssert_wait_for_the_system_to_catch_up()
    {
        var echo = Echoing();
        echo.Tell("x");

        AwaitCondition(() => Sys.Describe().All.Any(a => a.MessagesProcessed > 0 && a.Path.StartsWith("/user", StringComparison.Ordinal)));
        await AwaitAssertAsync(() =>
        {
            HasMessagesCount.Should().Be(1);
            return Task.CompletedTask;
        });
        var never = () => AwaitCondition(() => false, TimeSpan.FromMilliseconds(50), message: "never true");
        never.Should().Throw<TestKitAssertionException>().WithMessage("*never true*");
    }

    [Fact]
    public void Probes_send_reply_and_forward()
    {
        var echo = Echoing();
        var client = CreateTestProbe("client");
        var broker = CreateTestProbe();

        client.Send(echo, "order");
        client.ExpectMsg("order");
        client.LastSender.Should().Be(echo);
        echo.Tell("from test", broker.Ref);
        broker.ExpectMsg("from test");
        broker.Reply("ack");
        ExpectNoMsg();
        broker.Forward(client.Ref);

        client.ExpectMsg("from test");
        client.LastSender.Should().Be(echo, "forwarding keeps the original sender");
        client.Ref.Path.ToString().Should().Be("/system/client");
    }

    [Fact]
    public void EventFilter_counts_exactly_the_events_of_its_block()
    {
        var echo = Echoing();

        EventFilter.Error(contains: "boom").Expect(2, () =>
        {
            echo.Tell("boom");
            echo.Tell("boom");
        });

        var tooFew = () => EventFilter.Error(contains: "boom").Expect(2, () => echo.Tell("boom"), TimeSpan.FromMilliseconds(200));
        tooFew.Should().Throw<TestKitAssertionException>().WithMessage("*Expected 2*saw 1*");
    }

    [Fact]
    public void Messages_can_be_ignored()
    {
        var echo = Echoing();
        IgnoreMessages<int>();

        echo.Tell(1);
        echo.Tell("kept");

        ExpectMsg("kept");
        IgnoreNoMessages();
        echo.Tell(2);
        ExpectMsg(2);
    }

    [Fact]
    public void The_time_factor_scales_the_default_timeouts()
    {
        TestKitSettings.DefaultTimeout.Should().Be(TimeSpan.FromSeconds(10) * TestKitSettings.TimeFactor);
        Dilated(TimeSpan.FromSeconds(2)).Should().Be(TimeSpan.FromSeconds(2) * TestKitSettings.TimeFactor);
        TestKitSettings.TimeFactor.Should().BePositive();
    }

    [Fact]
    public void The_clock_is_the_systems_time_provider()
    {
        Sys.TimeProvider.Should().BeSameAs(Clock);
        var start = Sys.StartTime;

        Clock.Advance(TimeSpan.FromHours(1));

        Sys.Uptime.Should().Be(TimeSpan.FromHours(1));
        Sys.StartTime.Should().Be(start);
    }
}
