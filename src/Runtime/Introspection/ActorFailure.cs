namespace FractalTrader.Runtime;

/// <summary>The last failure of an actor, as shown by introspection. Immutable.</summary>
/// <param name="ExceptionType">The exception's full type name.</param>
/// <param name="Message">The exception's message.</param>
/// <param name="At">When it happened, by the system's <see cref="TimeProvider"/>.</param>
public sealed record ActorFailure(string ExceptionType, string Message, DateTimeOffset At);
