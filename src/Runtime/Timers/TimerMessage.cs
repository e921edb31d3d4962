namespace FractalTrader.Runtime;

/// <summary>
/// A timer's message on its way through the mailbox. Each started timer has its own instance,
/// and it is delivered only while that instance is still the timer for its key.
/// </summary>
internal sealed class TimerMessage(object key, object message) : IAutoReceivedMessage, INotInfluenceReceiveTimeout, IDeadLetterSuppression
{
    public object Key { get; } = key;

    public object Message { get; } = message;
}
