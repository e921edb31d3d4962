namespace FractalTrader.Runtime;

/// <summary>A behavior: handles <paramref name="message"/> and says whether it did.</summary>
/// <param name="message">The message being processed.</param>
/// <returns><see langword="true"/> when handled; otherwise the actor's <c>Unhandled</c> runs.</returns>
public delegate bool Receive(object message);
