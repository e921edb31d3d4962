namespace FractalTrader.Runtime;

/// <summary>
/// An actor's children by name. Created with the first child. Thread-safe: the system creates
/// top-level actors from any thread and introspection reads it while the actor runs.
/// </summary>
internal sealed class ChildrenContainer
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, ActorCell> children = new(StringComparer.Ordinal);
    private long nameSequence;
    private bool closed;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return children.Count;
            }
        }
    }

    public string NextGeneratedName() => ActorName.Generate(Interlocked.Increment(ref nameSequence) - 1);

    /// <summary>Adds a child; its name stays taken until the child has terminated.</summary>
    /// <exception cref="InvalidActorNameException">A sibling already has the name.</exception>
    /// <exception cref="InvalidOperationException">The parent is stopping.</exception>
    public void Add(string name, ActorCell child, ActorPath parentPath)
    {
        lock (gate)
        {
            if (closed)
            {
                throw new InvalidOperationException($"Cannot create actor '{name}': its parent {parentPath} is stopping.");
            }

            if (!children.TryAdd(name, child))
            {
                throw new InvalidActorNameException(name, $"{parentPath} already has a child with that name");
            }
        }
    }

    public bool Remove(ActorCell child)
    {
        lock (gate)
        {
            if (!children.TryGetValue(child.Path.Name, out var existing) || existing != child)
            {
                return false;
            }

            children.Remove(child.Path.Name);
            if (children.Count == 0)
            {
                // A dictionary keeps its peak capacity; give it back once a crowd of children is gone.
                children.TrimExcess();
            }

            return true;
        }
    }

    public ActorCell? Get(string name)
    {
        lock (gate)
        {
            return children.GetValueOrDefault(name);
        }
    }

    public bool Contains(ActorCell child)
    {
        lock (gate)
        {
            return children.TryGetValue(child.Path.Name, out var existing) && existing == child;
        }
    }

    public ActorCell[] Snapshot()
    {
        lock (gate)
        {
            return [.. children.Values];
        }
    }

    /// <summary>Refuses new children from now on and returns the current ones.</summary>
    public ActorCell[] Close()
    {
        lock (gate)
        {
            closed = true;
            return [.. children.Values];
        }
    }
}
