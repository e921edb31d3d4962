using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Actors;

using FractalTrader.TestKit;

public sealed class ReceiveActorTests(ITestOutputHelper output) : TestKit(output)
{
    private sealed record Quote(string Symbol, decimal Price);

    private sealed class QuoteBook : ReceiveActor
    {
        public QuoteBook()
        {
            Receive<Quote>(q => q.Price <= 0, q => Sender.Tell($"rejected {q.Symbol}"));
            Receive<Quote>(q => Sender.Tell($"quote {q.Symbol}"));
            Receive<int>(n => n > 100);
            Receive<string>(s => s is "halt", _ => Become(Halted));
            Receive<string>(s => s is "pause", _ => BecomeStacked(Paused));
            Receive<string>(s => Sender.Tell($"open {s}"));
        }

        private void Halted()
        {
            Receive<string>(s => s is "resume", _ => Become(() => Receive<string>(x => Sender.Tell($"resumed {x}"))));
            ReceiveAny(m => Sender.Tell($"halted {m}"));
        }

        private void Paused()
        {
            Receive<string>(s => s is "unpause", _ => UnbecomeStacked());
            ReceiveAny(m => Sender.Tell($"paused {m}"));
        }
    }

    private sealed class LateRegistration : ReceiveActor
    {
        public LateRegistration()
        {
            Receive<string>(_ =>
            {
                try
                {
                    Receive<int>(_ => { });
                }
                catch (InvalidOperationException refused)
                {
                    Sender.Tell(refused.Message);
                }
            });
        }
    }

    private sealed class Relay : ReceiveActor
    {
        public Relay(IActorRef target)
        {
            Receive<string>(s => s is "forward", m => target.Forward(m));
            Receive<string>(s => target.Tell(s));
        }
    }

    private sealed class Untyped : UntypedActor
    {
        protected override void OnReceive(object message)
        {
            if (message is string s)
            {
                Sender.Tell(s.ToUpperInvariant());
            }
            else
            {
                Unhandled(message);
            }
        }
    }

    [Fact]
    public void The_first_matching_registration_handles_a_message()
    {
        var book = Sys.ActorOf(Props.Create<QuoteBook>());

        book.Tell(new Quote("BTC", 0m));
        book.Tell(new Quote("ETH", 3_500m));

        ExpectMsg("rejected BTC");
        ExpectMsg("quote ETH");
    }

    [Fact]
    public void Unhandled_messages_are_published_as_UnhandledMessage()
    {
        Sys.EventStream.Subscribe<UnhandledMessage>(TestActor);
        var book = Sys.ActorOf(Props.Create<QuoteBook>());

        book.Tell(7);
        book.Tell(3.5);

        ExpectMsg<UnhandledMessage>().Should().Be(new UnhandledMessage(7, TestActor, book), "a Func handler returning false leaves it unhandled");
        ExpectMsg<UnhandledMessage>().Message.Should().Be(3.5);
        book.Tell(101);
        ExpectNoMsg();
    }

    [Fact]
    public void Become_replaces_the_behavior()
    {
        var book = Sys.ActorOf(Props.Create<QuoteBook>());

        book.Tell("halt");
        book.Tell("BTC");
        book.Tell("resume");
        book.Tell("BTC");

        ExpectMsg("halted BTC");
        ExpectMsg("resumed BTC");
    }

    [Fact]
    public void BecomeStacked_and_UnbecomeStacked_return_to_the_previous_behavior()
    {
        var book = Sys.ActorOf(Props.Create<QuoteBook>());

        book.Tell("pause");
        book.Tell("BTC");
        book.Tell("unpause");
        book.Tell("BTC");

        ExpectMsg("paused BTC");
        ExpectMsg("open BTC");
    }

    [Fact]
    public void Handlers_cannot_be_registered_after_the_constructor()
    {
        var actor = Sys.ActorOf(Props.Create<LateRegistration>());

        actor.Tell("try");

        ExpectMsg<string>().Should().Contain("only be registered in the constructor");
    }

    [Fact]
    public void Forward_keeps_the_original_sender_and_Tell_inside_an_actor_sends_as_Self()
    {
        var target = CreateTestProbe();
        var relay = Sys.ActorOf(Props.Create(() => new Relay(target.Ref)));

        relay.Tell("forward");
        relay.Tell("tell");

        target.ExpectMsg("forward");
        target.LastSender.Should().Be(TestActor);
        target.ExpectMsg("tell");
        target.LastSender.Should().Be(relay);
    }

    [Fact]
    public void An_UntypedActor_handles_everything_in_OnReceive()
    {
        Sys.EventStream.Subscribe<UnhandledMessage>(TestActor);
        var actor = Sys.ActorOf(Props.Create<Untyped>());

        actor.Tell("buy");
        actor.Tell(1);

        ExpectMsg("BUY");
        ExpectMsg<UnhandledMessage>().Message.Should().Be(1);
    }

    [Fact]
    public void Identify_is_answered_by_the_runtime()
    {
        var actor = Sys.ActorOf(Props.Create<Untyped>());

        actor.Tell(new Identify("id-1"));

        ExpectMsg(new ActorIdentity("id-1", actor));
    }
}
