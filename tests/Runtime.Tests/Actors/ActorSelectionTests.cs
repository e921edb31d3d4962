using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Actors;

using FractalTrader.TestKit;

public sealed class ActorSelectionTests(ITestOutputHelper output) : TestKit(output)
{
    private sealed class Strategies : ReceiveActor
    {
        public Strategies()
        {
            Context.ActorOf(Props.Create<Symbol>(), "BTC");
            Context.ActorOf(Props.Create<Symbol>(), "ETH");
            Receive<string>(s => s is "children", _ => Sender.Tell(Context.GetChildren().Select(c => c.Path.Name).Order(StringComparer.Ordinal).ToArray()));
            Receive<string>(s => Sender.Tell(Context.Child(s)));
        }
    }

    private sealed class Symbol : ReceiveActor
    {
        public Symbol()
        {
            Receive<string>(s => s.StartsWith("sibling:", StringComparison.Ordinal), s => Context.ActorSelection($"../{s["sibling:".Length..]}").Tell("hello from a sibling", Sender));
            Receive<string>(s => Sender.Tell($"{Self.Path.Name} {s}"));
        }
    }

    [Fact]
    public void A_selection_by_absolute_path_reaches_the_actor()
    {
        StartStrategies();

        Sys.ActorSelection("/user/strategies/BTC").Tell("tick");

        ExpectMsg("BTC tick");
    }

    [Fact]
    public void A_relative_selection_walks_up_and_down()
    {
        StartStrategies();

        Sys.ActorSelection("/user/strategies/BTC").Tell("sibling:ETH");

        ExpectMsg("ETH hello from a sibling");
    }

    [Fact]
    public async Task ResolveOne_finds_the_actor_or_fails_naming_the_path()
    {
        var strategies = Sys.ActorOf(Props.Create<Strategies>(), "strategies");
        strategies.Tell("BTC");
        var btc = ExpectMsg<IActorRef>();

        (await Sys.ActorSelection("/user/strategies/BTC").ResolveOne(TimeSpan.FromSeconds(1))).Should().Be(btc);
        var missing = () => Sys.ActorSelection("/user/strategies/SOL").ResolveOne(TimeSpan.FromSeconds(1));
        (await missing.Should().ThrowAsync<ActorNotFoundException>()).Which.ActorPath.Should().Be("/user/strategies/SOL");
    }

    [Fact]
    public void A_selection_with_no_actor_sends_to_dead_letters()
    {
        EventFilter.DeadLetter<string>(s => s is "lost").ExpectOne(() => Sys.ActorSelection("/user/nothing").Tell("lost"));
    }

    [Fact]
    public void Wildcards_are_refused()
    {
        var selecting = () => Sys.ActorSelection("/user/strategies/*");

        selecting.Should().Throw<ArgumentException>().WithMessage("*wildcard*");
    }

    [Fact]
    public void Child_and_GetChildren_list_the_children()
    {
        var strategies = Sys.ActorOf(Props.Create<Strategies>(), "strategies");

        strategies.Tell("children");
        strategies.Tell("SOL");

        ExpectMsg<string[]>().Should().Equal("BTC", "ETH");
        ExpectMsg<IActorRef>().Should().Be(ActorRefs.Nobody);
    }

    [Fact]
    public void Paths_print_and_compare_like_Akka_paths()
    {
        var path = ActorPath.Parse("/user/strategies/BTC");

        path.ToString().Should().Be("/user/strategies/BTC");
        path.Should().Be(ActorPath.Root / "user" / "strategies" / "BTC");
        path.Elements.Should().Equal("user", "strategies", "BTC");
        path.Parent!.Name.Should().Be("strategies");
        path.IsDescendantOf(ActorPath.Parse("/user")).Should().BeTrue();
        var parsing = () => ActorPath.Parse("user/x");
        parsing.Should().Throw<FormatException>().WithMessage("*user/x*");
    }

    /// <summary>Starts the strategies and waits until their constructor (which creates the children) has run.</summary>
    private void StartStrategies()
    {
        Sys.ActorOf(Props.Create<Strategies>(), "strategies").Tell("children");
        ExpectMsg<string[]>();
    }
}
