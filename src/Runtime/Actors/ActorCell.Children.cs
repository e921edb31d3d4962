namespace FractalTrader.Runtime;

/// <summary>Creating, finding and stopping children.</summary>
internal sealed partial class ActorCell
{
    private ChildrenContainer? children;

    // Children this actor asked to stop and that have not terminated yet; a restart waits for them.
    // Both fields belong to the parent's turn (the flag lives on the child).
    private int stoppingChildren;
    private bool stopRequestedByParent;

    private bool HasChildren => Volatile.Read(ref children)?.Count > 0;

    private bool HasStoppingChildren => stoppingChildren > 0;

    private ChildrenContainer Children
    {
        get
        {
            var existing = Volatile.Read(ref children);
            return existing ?? Interlocked.CompareExchange(ref children, new ChildrenContainer(), null) ?? children!;
        }
    }

    public IActorRef ActorOf(Props props, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(props);
        props.Validate();
        var mailboxType = system.MailboxFor(props);
        var container = Children;
        string childName;
        if (name is null)
        {
            childName = container.NextGeneratedName();
        }
        else
        {
            ActorName.EnsureValidUserName(name);
            childName = name;
        }

        var child = new ActorCell(system, this, Path / childName, props, mailboxType);
        container.Add(childName, child, Path);
        child.SendSystemMessage(new Create());
        return child.Self;
    }

    public IActorRef Child(string name) => TryGetChild(name)?.Self ?? ActorRefs.Nobody;

    public IEnumerable<IActorRef> GetChildren() => ChildCells().Select(static c => c.Self);

    public ActorCell? TryGetChild(string name) => Volatile.Read(ref children)?.Get(name);

    public ActorCell[] ChildCells() => Volatile.Read(ref children)?.Snapshot() ?? [];

    private bool IsChild(ActorCell cell) => Volatile.Read(ref children)?.Contains(cell) == true;

    private bool MarkStopping(ActorCell child)
    {
        if (child.stopRequestedByParent)
        {
            return false;
        }

        child.stopRequestedByParent = true;
        stoppingChildren++;
        return true;
    }

    private void StopAllChildren()
    {
        foreach (var child in Volatile.Read(ref children)?.Close() ?? [])
        {
            StopChild(child, reason: null);
        }
    }

    /// <summary>A child terminated: free its name, and finish a stop or restart that waited for it.</summary>
    private void HandleChildTerminated(ActorCell child)
    {
        if (!(Volatile.Read(ref children)?.Remove(child) ?? false))
        {
            return;
        }

        if (child.stopRequestedByParent)
        {
            stoppingChildren--;
        }

        if (State == CellState.Stopping && !HasChildren)
        {
            FinishTerminate();
        }
        else if (State == CellState.Restarting && !HasStoppingChildren && extras?.RecreateCause is { } cause)
        {
            FinishRecreate(cause);
        }
    }
}
