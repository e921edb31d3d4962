namespace FractalTrader.Runtime;

/// <summary>
/// Actors selected by exact path, absolute (<c>/user/strategies/BTC</c>) or relative to an actor
/// (<c>child</c>, <c>../sibling</c>); resolved each time a message is sent. Wildcards are not
/// supported. Immutable and thread-safe.
/// </summary>
public sealed class ActorSelection : ICanTell
{
    private readonly ActorCell anchor;
    private readonly string[] elements;

    internal ActorSelection(ActorSystem system, ActorCell anchor, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path.AsSpan().IndexOfAny('*', '?', '[') >= 0)
        {
            throw new ArgumentException($"Actor selection '{path}' has a wildcard; only exact paths are supported.", nameof(path));
        }

        System = system;
        PathString = path;
        this.anchor = path.StartsWith('/') ? system.RootCell : anchor;
        elements = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var element in elements)
        {
            if (element is not ("." or "..") && !ActorName.IsValid(element))
            {
                throw new ArgumentException($"Actor selection '{path}' has an invalid element '{element}'.", nameof(path));
            }
        }
    }

    /// <summary>The path as given.</summary>
    public string PathString { get; }

    /// <summary>The actor the path is resolved from (the root for absolute paths).</summary>
    public IActorRef Anchor => anchor.Self;

    internal ActorSystem System { get; }

    /// <summary>Sends to the actor at the path now, or to dead letters when there is none.</summary>
    public void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Resolve() is { } target)
        {
            target.SendUserMessage(message, sender);
        }
        else
        {
            System.DeadLetter(message, sender, System.DeadLetters);
        }
    }

    /// <summary>The actor at the path now.</summary>
    /// <param name="timeout">Kept for Akka.NET compatibility; local resolution does not wait.</param>
    /// <returns>A task faulted with <see cref="ActorNotFoundException"/> when no actor lives there.</returns>
    public Task<IActorRef> ResolveOne(TimeSpan timeout) =>
        Resolve() is { } target
            ? Task.FromResult(target.Self)
            : Task.FromException<IActorRef>(new ActorNotFoundException(Describe()));

    /// <inheritdoc />
    public override string ToString() => $"ActorSelection[{Describe()}]";

    internal ActorCell? Resolve()
    {
        ActorCell? cell = anchor;
        foreach (var element in elements)
        {
            cell = element switch
            {
                "." => cell,
                ".." => cell.ParentCell,
                _ => cell.TryGetChild(element),
            };
            if (cell is null)
            {
                return null;
            }
        }

        return cell.IsTerminated ? null : cell;
    }

    private string Describe() => PathString.StartsWith('/') ? PathString : $"{anchor.Path}/{PathString}";
}
