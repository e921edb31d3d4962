using System.Text.Json;
using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Cli.Terminal;

/// <summary>
/// Runs a command body and turns failures into the CLI's exit codes: 0 ok, 1 a failure with a
/// one-line error (bad data, I/O), 2 a usage error.
/// </summary>
internal static class CommandOutcome
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return Usage;
        }
        catch (Exception e) when (e is CandleDataException or FormatException or ArgumentException or IOException or UnauthorizedAccessException
            or KeyNotFoundException or KeySourceException or JsonException or ExchangeException or InvalidOperationException)
        {
            await error.WriteLineAsync($"error: {OneLine(e.Message)}");
            return Failure;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
