namespace FractalTrader.Runtime;

/// <summary>A timer's message on its way through the mailbox; delivered only if its timer is still the current one for the key.</summary>
internal sealed record TimerMessage(object Key, int Generation, object Message, TimerScheduler Owner)
    : IAutoReceivedMessage, INotInfluenceReceiveTimeout, IDeadLetterSuppression;
