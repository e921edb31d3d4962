namespace FractalTrader.Runtime;

/// <summary>
/// Marks a message the runtime handles itself before (or instead of) the actor's behavior:
/// <see cref="PoisonPill"/>, <see cref="Kill"/>, <see cref="Terminated"/>, <see cref="Identify"/>.
/// </summary>
public interface IAutoReceivedMessage;
