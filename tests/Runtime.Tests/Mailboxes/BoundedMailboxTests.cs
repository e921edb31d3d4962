using System.Collections.Concurrent;
using FractalTrader.Runtime.Tests.Dispatch;

namespace FractalTrader.Runtime.Tests.Mailboxes;

public sealed class BoundedMailboxTests
{
    private static (ManualSystem System, ConcurrentQueue<object> Processed, IActorRef Actor) Fill(MailboxOverflow overflow, int sent)
    {
        var manual = new ManualSystem();
        var processed = new ConcurrentQueue<object>();
        var actor = manual.ActorOf(RecordingActor.Props(processed).WithMailbox(new BoundedMailbox(2, overflow)));
        for (var i = 1; i <= sent; i++)
        {
            actor.Tell($"tick{i}", ActorRefs.NoSender);
        }

        return (manual, processed, actor);
    }

    [Fact]
    public void Drop_oldest_keeps_the_newest_messages_and_publishes_the_dropped_ones()
    {
        var (manual, processed, actor) = Fill(MailboxOverflow.DropOldest, 5);
        using (manual)
        {
            manual.Dispatcher.RunUntilIdle();

            processed.Should().Equal("tick4", "tick5");
            manual.Events.OfType<Dropped>().Select(d => d.Message).Should().Equal("tick1", "tick2", "tick3");
            manual.Events.OfType<Dropped>().Should().OnlyContain(d => d.Recipient.Equals(actor));
            manual.Events.OfType<DeadLetter>().Should().BeEmpty();
            manual.System.Describe().User.Children.Single().Dropped.Should().Be(3);
        }
    }

    [Fact]
    public void Drop_newest_keeps_the_oldest_messages_and_publishes_the_dropped_ones()
    {
        var (manual, processed, _) = Fill(MailboxOverflow.DropNewest, 5);
        using (manual)
        {
            manual.Dispatcher.RunUntilIdle();

            processed.Should().Equal("tick1", "tick2");
            manual.Events.OfType<Dropped>().Select(d => d.Message).Should().Equal("tick3", "tick4", "tick5");
        }
    }

    [Fact]
    public void Reject_sends_the_overflow_to_dead_letters()
    {
        var (manual, processed, _) = Fill(MailboxOverflow.RejectToDeadLetters, 5);
        using (manual)
        {
            manual.Dispatcher.RunUntilIdle();

            processed.Should().Equal("tick1", "tick2");
            manual.Events.OfType<DeadLetter>().Select(d => d.Message).Should().Equal("tick3", "tick4", "tick5");
            manual.System.DeadLetterCount.Should().Be(3);
        }
    }

    [Fact]
    public void A_full_mailbox_reports_its_depth_and_accepts_again_once_drained()
    {
        var (manual, processed, actor) = Fill(MailboxOverflow.RejectToDeadLetters, 2);
        using (manual)
        {
            manual.System.Describe().User.Children.Single().MailboxDepth.Should().Be(2);
            manual.Dispatcher.RunUntilIdle();
            actor.Tell("tick3", ActorRefs.NoSender);
            manual.Dispatcher.RunUntilIdle();

            processed.Should().Equal("tick1", "tick2", "tick3");
        }
    }

    [Fact]
    public void A_named_mailbox_comes_from_the_options()
    {
        var options = ActorSystemOptions.Default with
        {
            Mailboxes = new Dictionary<string, MailboxType>(StringComparer.Ordinal) { ["market-data"] = new BoundedMailbox(1, MailboxOverflow.DropOldest) },
        };
        using var manual = new ManualSystem(options);
        var processed = new ConcurrentQueue<object>();
        var actor = manual.ActorOf(RecordingActor.Props(processed).WithMailbox("market-data"));

        actor.Tell("a", ActorRefs.NoSender);
        actor.Tell("b", ActorRefs.NoSender);
        manual.Dispatcher.RunUntilIdle();

        processed.Should().Equal("b");
    }

    [Fact]
    public void An_unknown_mailbox_name_fails_at_ActorOf_naming_type_and_mailbox()
    {
        using var manual = new ManualSystem();

        var creating = () => manual.System.ActorOf(RecordingActor.Props([]).WithMailbox("nope"));

        creating.Should().Throw<InvalidPropsException>()
            .WithMessage($"*{typeof(RecordingActor).FullName}*'nope'*fractal.actor.mailboxes.nope*");
    }

    [Fact]
    public void A_bounded_mailbox_needs_a_positive_capacity()
    {
        var creating = () => new BoundedMailbox(0);

        creating.Should().Throw<ArgumentOutOfRangeException>();
    }
}
