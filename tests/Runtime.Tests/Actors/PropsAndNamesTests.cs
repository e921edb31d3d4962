using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Actors;

using FractalTrader.TestKit;

public sealed class PropsAndNamesTests(ITestOutputHelper output) : TestKit(output)
{
    private abstract class AbstractStrategy : ReceiveActor;

    private sealed class Configured : ReceiveActor
    {
        public Configured(string symbol, int lots)
        {
            Receive<string>(_ => Sender.Tell($"{symbol}:{lots}"));
        }
    }

    private sealed class Parameterless : ReceiveActor
    {
        public Parameterless() => Receive<string>(s => Sender.Tell(s));
    }

    [Fact]
    public void Props_from_an_expression_evaluate_the_arguments_once()
    {
        var lots = 3;
        var props = Props.Create(() => new Configured("BTC", lots));
        lots = 5;

        Sys.ActorOf(props).Tell("?");

        ExpectMsg("BTC:3");
        props.Arguments.Should().Equal("BTC", 3);
    }

    [Fact]
    public void Props_with_arguments_find_the_matching_constructor()
    {
        Sys.ActorOf(Props.Create<Configured>("ETH", 2)).Tell("?");

        ExpectMsg("ETH:2");
    }

    [Fact]
    public void Props_of_an_abstract_type_fail_at_ActorOf_naming_the_type()
    {
        var creating = () => Sys.ActorOf(Props.Create<AbstractStrategy>());

        creating.Should().Throw<InvalidPropsException>().WithMessage($"*{typeof(AbstractStrategy).FullName}*abstract*")
            .Which.ActorType.Should().Be<AbstractStrategy>();
    }

    [Fact]
    public void Props_without_a_matching_constructor_fail_at_ActorOf_naming_the_type_and_arguments()
    {
        var creating = () => Sys.ActorOf(Props.Create<Configured>(42));

        creating.Should().Throw<InvalidPropsException>().WithMessage($"*{typeof(Configured).FullName}*no public constructor takes (Int32)*");
    }

    [Fact]
    public void Props_of_a_type_that_is_no_actor_fail_at_ActorOf()
    {
        var creating = () => Sys.ActorOf(Props.Create(typeof(string)));

        creating.Should().Throw<InvalidPropsException>().WithMessage("*System.String*ActorBase*");
    }

    [Fact]
    public void Props_need_a_constructor_call_expression()
    {
        var creating = () => Props.Create(() => CreateParameterless());

        creating.Should().Throw<ArgumentException>().WithMessage("*new Parameterless(...)*");
    }

    [Fact]
    public void An_actor_created_with_new_fails_with_an_explanation()
    {
        var creating = () => new Parameterless();

        creating.Should().Throw<ActorInitializationException>().WithMessage("*Props and ActorOf*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("$reserved")]
    [InlineData("has space")]
    [InlineData("a/b")]
    public void Invalid_names_fail_naming_the_name(string name)
    {
        var creating = () => Sys.ActorOf(Props.Create<Parameterless>(), name);

        creating.Should().Throw<InvalidActorNameException>().Which.ActorName.Should().Be(name);
    }

    [Fact]
    public void A_duplicate_name_fails_naming_the_name()
    {
        Sys.ActorOf(Props.Create<Parameterless>(), "strategies");

        var creating = () => Sys.ActorOf(Props.Create<Parameterless>(), "strategies");

        creating.Should().Throw<InvalidActorNameException>().WithMessage("*'strategies'*already has a child*");
    }

    [Fact]
    public void A_name_is_free_again_once_its_actor_has_terminated()
    {
        var first = Watch(Sys.ActorOf(Props.Create<Parameterless>(), "BTC"));
        Sys.Stop(first);
        ExpectTerminated(first);

        var second = Sys.ActorOf(Props.Create<Parameterless>(), "BTC");

        second.Should().NotBe(first, "a new incarnation has a new reference");
        second.Path.Should().Be(first.Path);
    }

    [Fact]
    public void Unnamed_actors_get_generated_names()
    {
        var a = Sys.ActorOf(Props.Create<Parameterless>());
        var b = Sys.ActorOf(Props.Create<Parameterless>());

        a.Path.Name.Should().StartWith("$");
        b.Path.Name.Should().StartWith("$").And.NotBe(a.Path.Name);
    }

    [Fact]
    public void Invalid_system_names_and_options_fail_naming_them()
    {
        var badName = () => ActorSystem.Create("bad name");
        var badThroughput = () => ActorSystem.Create("ok", ActorSystemOptions.Default with { Throughput = 0 });

        badName.Should().Throw<ArgumentException>().WithMessage("*'bad name'*");
        badThroughput.Should().Throw<ActorSystemConfigurationException>().WithMessage("*fractal.actor.dispatcher.throughput*")
            .Which.Key.Should().Be("fractal.actor.dispatcher.throughput");
    }

    private static Parameterless CreateParameterless() => throw new InvalidOperationException("never called");
}
