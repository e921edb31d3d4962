namespace FractalTrader.Runtime;

/// <summary>A snapshot of a whole actor system, from <see cref="ActorSystem.Describe"/>. Immutable.</summary>
/// <param name="Name">The system's name.</param>
/// <param name="At">When the snapshot was taken.</param>
/// <param name="Uptime">How long the system has been running.</param>
/// <param name="DeadLetters">Messages that could not be delivered since start.</param>
/// <param name="Root">The tree from the root guardian (<c>/</c>) down, with <c>/user</c> and <c>/system</c> below it.</param>
public sealed record ActorSystemDescription(string Name, DateTimeOffset At, TimeSpan Uptime, long DeadLetters, ActorDescription Root)
{
    /// <summary>The user actors' tree (<c>/user</c>).</summary>
    public ActorDescription User => Root.Find("/user") ?? throw new InvalidOperationException("The snapshot has no /user guardian.");

    /// <summary>Every actor in the snapshot, depth first from the root.</summary>
    public IEnumerable<ActorDescription> All => Root.DescendantsAndSelf();
}
