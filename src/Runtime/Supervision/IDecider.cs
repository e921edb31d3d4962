namespace FractalTrader.Runtime;

/// <summary>Maps a failure to a <see cref="Directive"/>. Implementations are immutable and thread-safe.</summary>
public interface IDecider
{
    /// <summary>The directive for <paramref name="cause"/>.</summary>
    Directive Decide(Exception cause);
}
