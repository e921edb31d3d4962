using Microsoft.Extensions.Logging;

namespace FractalTrader.Runtime;

/// <summary><c>Context.GetLogger()</c>, as in Akka.NET, returning a Microsoft.Extensions.Logging logger.</summary>
public static class ActorContextLoggingExtensions
{
    /// <summary>
    /// The actor's logger (category: the actor's class), from the system's
    /// <see cref="ActorSystemOptions.LoggerFactory"/>; each line carries the scope property
    /// <c>ActorPath</c>. Thread-safe; keep it in a field.
    /// </summary>
    public static ILogger GetLogger(this IActorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context is ActorCell cell
            ? cell.Logger
            : throw new ArgumentException("GetLogger needs the context of an actor of this runtime.", nameof(context));
    }
}
