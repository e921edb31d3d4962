using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Actors;

using FractalTrader.TestKit;

public sealed class ActorSystemTests(ITestOutputHelper output) : TestKit(output)
{
    private sealed class Echo : ReceiveActor
    {
        public Echo()
        {
            Receive<string>(s => Sender.Tell(s));
        }
    }

    [Fact]
    public void Reply_reaches_the_test_actor_as_implicit_sender()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>(), "echo");

        echo.Tell("hello");

        ExpectMsg("hello");
        LastSender.Should().Be(echo);
        echo.Path.ToString().Should().Be("/user/echo");
    }

    [Fact]
    public async Task Ask_returns_the_reply()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>());

        var reply = await echo.Ask<string>("ping", TimeSpan.FromSeconds(5));

        reply.Should().Be("ping");
    }
}
