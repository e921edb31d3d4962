namespace FractalTrader.Runtime;

/// <summary>
/// One actor in the live tree returned by <see cref="ActorSystem.Describe"/>: a snapshot taken
/// while the actor kept running, so counters may be a message apart from each other. Immutable.
/// </summary>
/// <param name="Path">The actor's path, e.g. <c>/user/strategies/BTC</c>.</param>
/// <param name="Type">The actor's class (full name).</param>
/// <param name="State">Where it is in its life.</param>
/// <param name="MailboxDepth">Messages waiting, including unstashed ones.</param>
/// <param name="MessagesProcessed">Messages it has taken for processing since it was created.</param>
/// <param name="Restarts">How many times it has been restarted.</param>
/// <param name="Dropped">Messages its bounded mailbox dropped.</param>
/// <param name="LastFailure">Its last failure, if any.</param>
/// <param name="Children">Its children, by name.</param>
public sealed record ActorDescription(
    string Path,
    string Type,
    ActorState State,
    int MailboxDepth,
    long MessagesProcessed,
    int Restarts,
    int Dropped,
    ActorFailure? LastFailure,
    IReadOnlyList<ActorDescription> Children)
{
    /// <summary>This actor and all below it, depth first.</summary>
    public IEnumerable<ActorDescription> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var descendant in child.DescendantsAndSelf())
            {
                yield return descendant;
            }
        }
    }

    /// <summary>The actor at <paramref name="path"/> in this tree, or <see langword="null"/>.</summary>
    public ActorDescription? Find(string path) =>
        DescendantsAndSelf().FirstOrDefault(d => string.Equals(d.Path, path, StringComparison.Ordinal));
}
