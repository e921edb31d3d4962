using System.CommandLine;
using System.Text.Json;
using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Cli;

/// <summary>Runs a command body and turns the errors an operator can fix into one line on stderr and exit code 1.</summary>
internal static class CommandFailure
{
    public static async Task<int> GuardAsync(ParseResult parseResult, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (e is KeySourceException or FormatException or JsonException or IOException or ExchangeException
            or ArgumentException or InvalidOperationException or UnauthorizedAccessException or CandleDataException)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }
}
