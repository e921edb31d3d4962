using Serilog.Events;

namespace FractalTrader.Host.Configuration;

/// <summary>Log level and sinks. Immutable.</summary>
/// <param name="Level">Lowest level written.</param>
/// <param name="Console">Whether the console gets readable lines.</param>
/// <param name="File">Whether rolling JSON files are written.</param>
/// <param name="Directory">Folder of the rolling files.</param>
/// <param name="MaxFileSize">Bytes after which a file rolls over.</param>
/// <param name="RetainedFiles">Files kept, the current one included.</param>
public sealed record LogSettings(LogEventLevel Level, bool Console, bool File, string Directory, long MaxFileSize, int RetainedFiles);
