using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Events;

using FractalTrader.TestKit;

public sealed class EventStreamTests(ITestOutputHelper output) : TestKit(output)
{
    private abstract record RiskEvent;

    private sealed record TradingHalted(string Reason) : RiskEvent;

    private sealed record TradingResumed : RiskEvent;

    private sealed class Idle : ReceiveActor;

    [Fact]
    public void Subscribers_receive_events_assignable_to_their_channel()
    {
        var all = CreateTestProbe();
        var halts = CreateTestProbe();
        Sys.EventStream.Subscribe<RiskEvent>(all.Ref).Should().BeTrue();
        Sys.EventStream.Subscribe(halts.Ref, typeof(TradingHalted)).Should().BeTrue();

        Sys.EventStream.Publish(new TradingHalted("drawdown"));
        Sys.EventStream.Publish(new TradingResumed());

        all.ExpectMsg(new TradingHalted("drawdown"));
        all.ExpectMsg<TradingResumed>();
        halts.ExpectMsg(new TradingHalted("drawdown"));
        halts.ExpectNoMsg();
    }

    [Fact]
    public void Subscribing_twice_and_unsubscribing_are_reported()
    {
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe<RiskEvent>(probe.Ref);

        Sys.EventStream.Subscribe<RiskEvent>(probe.Ref).Should().BeFalse();
        Sys.EventStream.Unsubscribe(probe.Ref, typeof(RiskEvent)).Should().BeTrue();
        Sys.EventStream.Unsubscribe(probe.Ref).Should().BeFalse();
        Sys.EventStream.Publish(new TradingResumed());

        probe.ExpectNoMsg();
    }

    [Fact]
    public void A_terminated_subscriber_is_dropped_without_dead_letters()
    {
        var subscriber = Watch(Sys.ActorOf(Props.Create<Idle>()));
        Sys.EventStream.Subscribe<RiskEvent>(subscriber);
        Sys.Stop(subscriber);
        ExpectTerminated(subscriber);

        Sys.EventStream.Publish(new TradingResumed());

        Sys.EventStream.Unsubscribe(subscriber).Should().BeFalse("the publish removed it");
        DeadLetters.Should().BeEmpty();
    }

    [Fact]
    public void ActorStopped_is_published_with_no_reason_for_a_normal_stop()
    {
        Sys.EventStream.Subscribe<ActorStopped>(TestActor);
        var actor = Sys.ActorOf(Props.Create<Idle>(), "idle");

        Sys.Stop(actor);

        ExpectMsg(new ActorStopped(actor, null));
    }
}
