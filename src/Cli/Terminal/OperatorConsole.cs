using Spectre.Console;

namespace FractalTrader.Cli.Terminal;

/// <summary>
/// Creates the Spectre console a command draws on, over the command's own output writer (never
/// <see cref="Console"/>), so in-process tests capture plain text and a terminal gets colours and
/// live progress bars.
/// </summary>
internal static class OperatorConsole
{
    public static IAnsiConsole Over(TextWriter writer)
    {
        // Colours and live redraws only on a real terminal: a pipe, a file or a test gets plain text.
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    /// <summary>A price for a table: at most six decimals, no trailing zeros.</summary>
    public static string Price(decimal price) => decimal.Round(price, 6).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="work"/> with a progress bar labelled <paramref name="label"/>; the work reports 0..1.</summary>
    public static async Task<T> WithProgressAsync<T>(IAnsiConsole console, string label, Func<IProgress<double>, T> work, CancellationToken cancellationToken)
    {
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(label), maxValue: 1.0);
                var result = await Task.Run(() => work(new ProgressSink(task)), cancellationToken);
                task.Value = 1.0;
                return result;
            });
    }

    /// <summary>Reports straight into the Spectre task (thread-safe), without a synchronisation context.</summary>
    private sealed class ProgressSink(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = Math.Min(1.0, value);
    }
}
