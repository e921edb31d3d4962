using System.CommandLine;

namespace FractalTrader.Cli.Tests;

/// <summary>What one in-process run of <c>fractal</c> returned and printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>Runs <c>fractal</c> in-process with its output captured.</summary>
public static class FractalCli
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };

        var exitCode = await Program.RunAsync(args, configuration);

        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
