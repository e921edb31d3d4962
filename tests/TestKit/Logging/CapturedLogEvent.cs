using Microsoft.Extensions.Logging;

namespace FractalTrader.TestKit;

/// <summary>A log line the actor system wrote during a test. Immutable.</summary>
/// <param name="Level">Its level.</param>
/// <param name="Category">The logger category (an actor's class, or <c>FractalTrader.Runtime</c>).</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Exception">The exception logged with it, if any.</param>
/// <param name="ActorPath">The <c>ActorPath</c> scope property, when logged by or about an actor.</param>
public sealed record CapturedLogEvent(LogLevel Level, string Category, string Message, Exception? Exception, string? ActorPath);
