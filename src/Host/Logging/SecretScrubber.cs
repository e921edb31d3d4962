using Serilog.Core;
using Serilog.Events;

namespace FractalTrader.Host.Logging;

/// <summary>
/// Replaces any known secret inside a log event's properties with
/// a placeholder. The host never logs a secret on purpose; this catches one spliced into a URL, an
/// error from a library, or a configuration dump. (Exception texts are kept secret-free at the source:
/// keys and their errors redact themselves.) Thread-safe; immutable after construction.
/// </summary>
internal sealed class SecretScrubber : ILogEventEnricher
{
    private const string Placeholder = "<redacted>";
    private readonly string[] secrets;

    public SecretScrubber(IEnumerable<string> secrets) =>
        this.secrets = [.. (secrets ?? []).Where(s => s.Length >= 4).Distinct(StringComparer.Ordinal)];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (secrets.Length == 0)
        {
            return;
        }

        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (Scrub(value) is { } clean)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, clean));
            }
        }
    }

    private LogEventPropertyValue? Scrub(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when Contains(text) => new ScalarValue(Scrub(text)),
        ScalarValue { Value: { } other } when other is not string && other.GetType().IsClass && Contains(other.ToString() ?? string.Empty) => new ScalarValue(Scrub(other.ToString()!)),
        SequenceValue sequence when sequence.Elements.Any(e => Scrub(e) is not null) => new SequenceValue(sequence.Elements.Select(e => Scrub(e) ?? e)),
        StructureValue structure when structure.Properties.Any(p => Scrub(p.Value) is not null) =>
            new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Scrub(p.Value) ?? p.Value)), structure.TypeTag),
        _ => null,
    };

    private bool Contains(string text) => secrets.Any(s => text.Contains(s, StringComparison.OrdinalIgnoreCase));

    /// <summary><paramref name="text"/> with every known secret replaced by the placeholder.</summary>
    public string Scrub(string text)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Placeholder, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }
}
