using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FractalTrader.Runtime.Configuration;

namespace FractalTrader.Benchmarks.Configuration;

/// <summary>
/// Parse + resolve of a large real-world HOCON file (Akka 2.0's reference.conf, 18 KB, from the
/// conformance corpus) and of our own hocon/fractal.conf, against System.Text.Json reading the same
/// content as JSON (the baseline in the same run). Target: HOCON parse+resolve within 25x of JsonDocument.
/// </summary>
[MemoryDiagnoser]
public class HoconParsingBenchmarks
{
    private string akkaHocon = string.Empty;
    private string akkaJson = string.Empty;
    private string fractalHocon = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRepositoryRoot();
        akkaHocon = File.ReadAllText(Path.Combine(root, "..", "shared", "oracle", "hocon", "fixtures", "test04.conf"));
        akkaJson = Config.Parse(akkaHocon, resolveOptions: HoconResolveOptions.WithoutEnvironment).ToJson();
        fractalHocon = File.ReadAllText(Path.Combine(root, "hocon", "fractal.conf"));
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json JsonDocument, Akka reference as JSON")]
    public int SystemTextJsonAkka()
    {
        using var document = JsonDocument.Parse(akkaJson);
        return document.RootElement.GetProperty("akka").GetProperty("actor").EnumerateObject().Count();
    }

    [Benchmark(Description = "Config.Parse, Akka reference as HOCON (parse + resolve)")]
    public int HoconAkka() =>
        Config.Parse(akkaHocon, resolveOptions: HoconResolveOptions.WithoutEnvironment).GetObject("akka.actor").Count;

    [Benchmark(Description = "Config.Parse, Akka reference as JSON (HOCON parser on JSON)")]
    public int HoconParserOnJsonAkka() =>
        Config.Parse(akkaJson, resolveOptions: HoconResolveOptions.WithoutEnvironment).GetObject("akka.actor").Count;

    [Benchmark(Description = "Config.Parse, hocon/fractal.conf (parse + resolve + env lookups)")]
    public int HoconFractal() =>
        Config.Parse(fractalHocon, resolveOptions: HoconResolveOptions.WithoutEnvironment).GetInt("fractal.actor.dispatcher.throughput");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FractalTrader.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("benchmarks must run from a checkout of the repository");
    }
}
