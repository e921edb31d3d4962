namespace FractalTrader.Runtime;

/// <summary>A decider backed by a function. Immutable.</summary>
public sealed class LocalOnlyDecider(Func<Exception, Directive> decide) : IDecider
{
    /// <inheritdoc />
    public Directive Decide(Exception cause) => decide(cause);
}
