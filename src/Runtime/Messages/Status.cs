namespace FractalTrader.Runtime;

/// <summary>Replies that report an outcome, as in Akka.NET; <c>Ask</c> turns <see cref="Failure"/> into a faulted task.</summary>
public abstract record Status
{
    private Status()
    {
    }

    /// <summary>The operation succeeded. Immutable.</summary>
    /// <param name="Result">What it produced, if anything.</param>
    public sealed record Success(object? Result) : Status;

    /// <summary>The operation failed. Immutable.</summary>
    /// <param name="Cause">Why.</param>
    /// <param name="State">Optional context for the requester.</param>
    public sealed record Failure(Exception Cause, object? State = null) : Status;
}
