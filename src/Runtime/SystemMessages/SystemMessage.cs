namespace FractalTrader.Runtime;

/// <summary>
/// A message between the runtime's parts (create, stop, supervise, watch). System messages live
/// in an intrusive lock-free list per actor, so each instance is sent once.
/// </summary>
internal abstract class SystemMessage
{
    /// <summary>The link in the actor's system-message list; owned by the list.</summary>
    internal SystemMessage? Next { get; set; }
}
