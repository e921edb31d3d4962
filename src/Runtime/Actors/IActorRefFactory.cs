namespace FractalTrader.Runtime;

/// <summary>What can create actors and look them up: the <see cref="ActorSystem"/> (top-level actors) and an actor's context (children).</summary>
public interface IActorRefFactory
{
    /// <summary>
    /// Creates an actor from <paramref name="props"/>, named <paramref name="name"/> (or <c>$a</c>,
    /// <c>$b</c>, ... when null). The instance is created asynchronously; messages sent meanwhile wait.
    /// </summary>
    /// <exception cref="InvalidPropsException">The props cannot create an actor (abstract type, no matching constructor, unknown mailbox); the message names the type.</exception>
    /// <exception cref="InvalidActorNameException">The name is invalid or taken by a sibling.</exception>
    IActorRef ActorOf(Props props, string? name = null);

    /// <summary>Selects actors by exact path: absolute (<c>/user/a/b</c>) or relative (<c>child/grandchild</c>, <c>../sibling</c>).</summary>
    ActorSelection ActorSelection(string path);
}
