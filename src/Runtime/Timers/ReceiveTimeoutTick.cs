namespace FractalTrader.Runtime;

/// <summary>The receive-timeout timer fired; the actor gets <see cref="ReceiveTimeout"/> if it is still idle.</summary>
internal sealed record ReceiveTimeoutTick(ReceiveTimeoutTimer Owner) : IAutoReceivedMessage, INotInfluenceReceiveTimeout, IDeadLetterSuppression;
