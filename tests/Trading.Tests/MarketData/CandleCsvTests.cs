using System.Globalization;
using FractalTrader.Trading.MarketData;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Trading.Tests.MarketData;

public sealed class CandleCsvTests
{
    private static IReadOnlyList<Candle> ReadText(string text, bool lenient = false) =>
        CandleCsv.Read(new StringReader(text), "bars.csv", lenient);

    [Fact]
    public void Reads_the_original_bots_format_exactly()
    {
        var candles = ReadText("""
            timestamp,open,high,low,close,volume
            2025-01-01 00:00:00,50000,50996.809999999998,49994.800000000003,50720.589999999997,1371.9784999999999
            2025-01-01 01:00:00,50720.589999999997,51022.660000000003,50548.349999999999,50898.019999999997,5548.2194
            """);

        candles.Should().HaveCount(2);
        candles[0].OpenTime.Should().Be(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        candles[0].High.Should().Be(50996.809999999998m);
        candles[1].Volume.Should().Be(5548.2194m);
    }

    [Fact]
    public void Reads_every_oracle_fixture_leniently()
    {
        foreach (var file in Directory.GetFiles(Testing.RepositoryLayout.Oracle("fractaltrader"), "*.csv"))
        {
            var candles = CandleCsv.Read(file, lenient: true);

            candles.Should().NotBeEmpty(file);
        }
    }

    [Theory]
    [InlineData("2025-01-01 00:00:00,1,2,0.5,NaN,10", "bars.csv:2: close 'NaN' is not a finite number")]
    [InlineData("2025-01-01 00:00:00,1,2,0.5,1.5,-10", "bars.csv:2: volume -10 is negative")]
    [InlineData("2025-01-01 00:00:00,1,0.9,0.5,0.8,10", "bars.csv:2: high 0.9 is below open 1, close 0.8 or low 0.5")]
    [InlineData("2025-01-01 00:00:00,1,2,1.2,1.5,10", "bars.csv:2: low 1.2 is above open 1 or close 1.5")]
    [InlineData("2025-01-01 00:00:00,1,2,0.5,1.5", "bars.csv:2: expected 6 fields, found 5")]
    [InlineData("yesterday,1,2,0.5,1.5,10", "bars.csv:2: timestamp 'yesterday' is neither 'yyyy-MM-dd HH:mm:ss' nor ISO 8601")]
    public void Strict_reading_names_file_line_and_field(string row, string message)
    {
        var act = () => ReadText($"{CandleCsv.Header}\n{row}\n");

        act.Should().Throw<CandleDataException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void Lenient_reading_accepts_inconsistent_ohlc_but_not_nan()
    {
        ReadText($"{CandleCsv.Header}\n2025-01-01 00:00:00,1,0.9,1.2,0.8,10\n", lenient: true).Should().HaveCount(1);

        var act = () => ReadText($"{CandleCsv.Header}\n2025-01-01 00:00:00,1,2,0.5,nan,10\n", lenient: true);
        act.Should().Throw<CandleDataException>().WithMessage("bars.csv:2: close*");
    }

    [Theory]
    [InlineData("2025-01-01 01:00:00", "duplicate timestamp 2025-01-01 01:00:00")]
    [InlineData("2025-01-01 00:30:00", "out-of-order timestamp 2025-01-01 00:30:00")]
    public void Timestamps_must_strictly_increase(string second, string reason)
    {
        var act = () => ReadText($"{CandleCsv.Header}\n2025-01-01 01:00:00,1,2,0.5,1.5,10\n{second},1,2,0.5,1.5,10\n", lenient: true);

        act.Should().Throw<CandleDataException>().Which.Reason.Should().StartWith(reason);
    }

    [Fact]
    public void Missing_header_is_an_error_on_line_one()
    {
        var act = () => ReadText("2025-01-01 00:00:00,1,2,0.5,1.5,10\n");

        act.Should().Throw<CandleDataException>().Which.Line.Should().Be(1);
    }

    [Fact]
    public void Write_then_read_round_trips_any_consistent_series() =>
        Prop.ForAll(
                Gen.Choose(1, 1_000_000).ArrayOf().ToArbitrary(),
                cents =>
                {
                    var start = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
                    var candles = cents.Select((c, i) =>
                    {
                        var price = c / 100m;
                        return new Candle(start.AddHours(i), price, price * 1.01m, price * 0.99m, price, c * 0.001m);
                    }).ToList();
                    using var text = new StringWriter(CultureInfo.InvariantCulture);

                    CandleCsv.Write(text, candles);

                    return ReadText(text.ToString()).SequenceEqual(candles);
                })
            .QuickCheckThrowOnFailure();
}
