using FractalTrader.Host.Configuration;
using Serilog;
using Serilog.Formatting.Json;

namespace FractalTrader.Host.Logging;

/// <summary>
/// Builds the node's Serilog logger: readable lines on the console, one JSON object per line in
/// rolling files (size-capped, a fixed number kept), and every secret the host knows scrubbed from
/// every event before any sink sees it. Stateless.
/// </summary>
public static class HostLogging
{
    /// <summary>File name stem of the rolling logs (<c>fractal-node.json</c>, then <c>fractal-node_001.json</c>, …).</summary>
    public const string FileName = "fractal-node.json";

    /// <summary>The console line format.</summary>
    public const string ConsoleTemplate = "[{Timestamp:HH:mm:ss.fff} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>Creates the logger.</summary>
    /// <param name="settings">Level and sinks.</param>
    /// <param name="nodeName">Stamped on every event.</param>
    /// <param name="secrets">Values that must never be written.</param>
    public static Serilog.Core.Logger Create(LogSettings settings, string nodeName, IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(settings.Level)
            .MinimumLevel.Override("Microsoft", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", Serilog.Events.LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Node", nodeName)
            .Enrich.With(new SecretScrubber(secrets));
        if (settings.Console)
        {
            // Off the actors' threads, as the file sink is: a slow terminal or pipe must not delay an order.
            // Blocking when full keeps every line; disposing the logger at exit flushes the rest.
            configuration = configuration.WriteTo.Async(
                sink => sink.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture),
                blockWhenFull: true);
        }

        if (settings.File)
        {
            var path = Path.Combine(settings.Directory, FileName);
            configuration = configuration.WriteTo.Async(sink => sink.File(
                new JsonFormatter(renderMessage: true, formatProvider: System.Globalization.CultureInfo.InvariantCulture),
                path,
                fileSizeLimitBytes: settings.MaxFileSize,
                rollOnFileSizeLimit: true,
                retainedFileCountLimit: settings.RetainedFiles,
                shared: false,
                flushToDiskInterval: TimeSpan.FromSeconds(1)));
        }

        return configuration.CreateLogger();
    }
}
