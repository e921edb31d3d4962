using System.CommandLine;
using FractalTrader.Cli.Terminal;
using FractalTrader.Trading.Backtesting;
using FractalTrader.Trading.Risk;

namespace FractalTrader.Cli.Backtest;

/// <summary>The options every simulation command shares (data, money, costs, fills) and the <see cref="BacktestOptions"/> they make.</summary>
internal sealed class BacktestSettings
{
    public Option<string[]> Data { get; } = new("--data") { Description = "Candle CSV files, comma-separated or repeated (symbol and interval from names like synthetic-BTC-1h.csv)", Required = true, AllowMultipleArgumentsPerToken = true };

    public Option<bool> Lenient { get; } = new("--lenient") { Description = "Accept candles with inconsistent OHLC" };

    public Option<string> Strategy { get; } = new("--strategy") { Description = "liquidity_sweep, fvg_fill, bos_orderblock or all", DefaultValueFactory = _ => "all" };

    public Option<string> Out { get; } = new("--out") { Description = "Folder for the JSON and HTML reports", DefaultValueFactory = _ => "reports" };

    public Option<decimal> Equity { get; } = new("--equity") { Description = "Starting equity", DefaultValueFactory = _ => 10_000m };

    public Option<decimal> TakerBps { get; } = new("--taker-bps") { Description = "Taker fee in basis points", DefaultValueFactory = _ => 4.5m };

    public Option<decimal> MakerBps { get; } = new("--maker-bps") { Description = "Maker fee in basis points", DefaultValueFactory = _ => 1.5m };

    public Option<decimal> SlippageBps { get; } = new("--slippage-bps") { Description = "Slippage on taker fills in basis points", DefaultValueFactory = _ => 2m };

    public Option<string> Entry { get; } = new("--entry") { Description = "next-open (default) or close", DefaultValueFactory = _ => "next-open" };

    public Option<int> Window { get; } = new("--window") { Description = "Candles the strategies see, as live", DefaultValueFactory = _ => 500 };

    public Option<string[]> Correlated { get; } = new("--correlated") { Description = "Symbols forming one correlation group, comma-separated (repeatable)" };

    public Option<double> HaltCooldown { get; } = new("--halt-cooldown") { Description = "Hours after which a halted backtest resumes (0: stay halted; live needs an operator)", DefaultValueFactory = _ => 24 };

    public Option<bool> Json { get; } = new("--json") { Description = "Print the JSON report on stdout (pure JSON) instead of the summary" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Data, Lenient, Strategy, Out, Equity, TakerBps, MakerBps, SlippageBps, Entry, Window, Correlated, HaltCooldown, Json })
        {
            command.Options.Add(option);
        }
    }

    public BacktestOptions Options(ParseResult parseResult, IEnumerable<string> symbols)
    {
        var entry = parseResult.GetValue(Entry) switch
        {
            "next-open" => EntryTiming.NextBarOpen,
            "close" => EntryTiming.SignalBarClose,
            var other => throw new UsageException($"--entry must be next-open or close, not '{other}'"),
        };
        var equity = parseResult.GetValue(Equity);
        if (equity <= 0)
        {
            throw new UsageException($"--equity must be positive, not {equity}");
        }

        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var group in parseResult.GetValue(Correlated) ?? [])
        {
            number++;
            foreach (var symbol in group.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                groups[symbol] = $"group{number}";
            }
        }

        var cooldown = parseResult.GetValue(HaltCooldown);
        if (cooldown < 0)
        {
            throw new UsageException($"--halt-cooldown must not be negative, not {cooldown.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return new BacktestOptions
        {
            Breakers = new RiskLimits { HaltCooldown = cooldown > 0 ? TimeSpan.FromHours(cooldown) : null },
            InitialEquity = equity,
            TakerFeeBps = parseResult.GetValue(TakerBps),
            MakerFeeBps = parseResult.GetValue(MakerBps),
            SlippageBps = parseResult.GetValue(SlippageBps),
            Entry = entry,
            Window = parseResult.GetValue(Window),
            Limits = new PortfolioLimits { CorrelationGroups = groups },
            Instruments = [.. symbols.Select(s => InstrumentRules.WithSizeDecimals(s, 5))],
        };
    }

    /// <summary>Writes a report file through a temporary file, so a failed write leaves the previous report whole.</summary>
    public static async Task<string> WriteReportAsync(string folder, string name, string text, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, text, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
