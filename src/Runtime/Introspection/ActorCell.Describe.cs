namespace FractalTrader.Runtime;

/// <summary>Snapshots for introspection: plain reads of counters the actor publishes, never a pause.</summary>
internal sealed partial class ActorCell
{
    public ActorDescription Describe()
    {
        var childCells = ChildCells();
        var described = new ActorDescription[childCells.Length];
        for (var i = 0; i < childCells.Length; i++)
        {
            described[i] = childCells[i].Describe();
        }

        var type = Volatile.Read(ref actor)?.GetType() ?? Props.Type;
        return new ActorDescription(
            Path.ToString(),
            type.FullName ?? type.Name,
            DescribedState,
            MailboxDepth,
            Volatile.Read(ref processed),
            Volatile.Read(ref restarts),
            Volatile.Read(ref dropped),
            Volatile.Read(ref lastFailure),
            described);
    }

    private ActorState DescribedState => State switch
    {
        CellState.Starting => ActorState.Starting,
        CellState.Running when awaiting => ActorState.Awaiting,
        CellState.Running => ActorState.Running,
        CellState.Suspended => ActorState.Suspended,
        CellState.Restarting => ActorState.Restarting,
        CellState.Stopping => ActorState.Stopping,
        _ => ActorState.Stopped,
    };
}
