using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Dispatch;

using FractalTrader.TestKit;

public sealed class AsyncHandlerTests(ITestOutputHelper output) : TestKit(output)
{
    private sealed class OrderRouter : ReceiveActor
    {
        public OrderRouter(Task exchangeReply)
        {
            ReceiveAsync<string>(s => s is "place", async _ =>
            {
                var sender = Sender;
                await exchangeReply;
                Sender.Should().Be(sender, "Sender still refers to the message after await");
                Sender.Tell("placed");
                Context.Self.Tell("self-check");
            });
            ReceiveAsync<string>(s => s is "fail", async _ =>
            {
                await exchangeReply;
                throw new InvalidOperationException("exchange rejected");
            });
            Receive<string>(s => s is "self-check", _ => { });
            Receive<string>(s => Sender.Tell($"handled {s}"));
        }
    }

    [Fact]
    public void ReceiveAsync_holds_the_mailbox_until_its_task_completes()
    {
        var exchange = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var router = Sys.ActorOf(Props.Create(() => new OrderRouter(exchange.Task)), "router");
        var client = CreateTestProbe();

        client.Send(router, "place");
        router.Tell("status");
        AwaitCondition(() => Describe(router) is { State: ActorState.Awaiting, MailboxDepth: 1 }, message: "awaiting with one message waiting");
        ExpectNoMsg();
        exchange.SetResult();

        client.ExpectMsg("placed", hint: "the reply goes to the original sender after await");
        ExpectMsg("handled status");
    }

    [Fact]
    public void A_faulted_task_is_a_failure_handled_by_supervision()
    {
        var exchange = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Sys.EventStream.Subscribe<ActorRestarted>(TestActor);
        var router = Sys.ActorOf(Props.Create(() => new OrderRouter(exchange.Task)));

        EventFilter.Exception<InvalidOperationException>(contains: "exchange rejected").ExpectOne(() =>
        {
            router.Tell("fail");
            router.Tell("after");
            exchange.SetResult();
            ExpectMsg<ActorRestarted>().Cause.Message.Should().Be("exchange rejected");
        });

        ExpectMsg("handled after", hint: "the message behind the failing one is processed after the restart");
    }

    [Fact]
    public void A_stop_is_processed_while_an_async_handler_waits()
    {
        var exchange = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var router = Watch(Sys.ActorOf(Props.Create(() => new OrderRouter(exchange.Task))));
        router.Tell("place");
        AwaitCondition(() => Describe(router) is { State: ActorState.Awaiting });

        Sys.Stop(router);

        ExpectTerminated(router);
        exchange.SetResult();
    }

    private ActorDescription? Describe(IActorRef actor) => Sys.Describe().Root.Find(actor.Path.ToString());
}
