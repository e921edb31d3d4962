using FractalTrader.Actors.Portfolio;
using FractalTrader.Messages;
using FractalTrader.Messages.Portfolio;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Actors.Tests.Portfolio;

public sealed class PortfolioBookTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 4, 12, 0, 0, TimeSpan.Zero);

    private static Gen<FillRecorded[]> Fills { get; } =
        from count in Gen.Choose(1, 30)
        from fills in Gen.ArrayOf(
            from symbol in Gen.Elements("BTC", "ETH", "SOL")
            from buy in Gen.Elements(true, false)
            from lots in Gen.Choose(1, 500)
            from cents in Gen.Choose(100, 100_000)
            from feeBps in Gen.Choose(0, 10)
            select (symbol, buy, size: lots / 100m, price: cents / 100m, feeBps),
            count)
        select fills.Select((f, i) => new FillRecorded(
            i + 1, 1000 + i, null, f.symbol, f.buy ? Side.Buy : Side.Sell, f.price, f.size, f.price * f.size * f.feeBps / 10_000m, Start.AddMinutes(i))).ToArray();

    [Fact]
    public void Positions_are_the_signed_sum_of_the_fills_and_shorts_stay_negative()
    {
        Prop.ForAll(Fills.ToArbitrary(), fills =>
            {
                var book = new PortfolioBook();
                foreach (var fill in fills)
                {
                    book.Apply(fill);
                }

                var expected = fills.GroupBy(f => f.Symbol, StringComparer.Ordinal)
                    .Select(g => (Symbol: g.Key, Size: g.Sum(f => f.Side == Side.Buy ? f.Size : -f.Size)))
                    .Where(p => p.Size != 0);
                book.View().Positions.Select(p => (p.Symbol, Size: p.SignedSize)).Should().BeEquivalentTo(expected);
                book.Fills.Should().Be(fills.Length);
                fills.Should().OnlyContain(f => book.IsRecorded(f.TradeId, f.Time), "a fill re-read from the venue is recognised");
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Recovering_from_a_snapshot_and_the_events_after_it_equals_replaying_every_event()
    {
        Prop.ForAll(Fills.ToArbitrary(), Gen.Choose(0, 30).ToArbitrary(), (fills, cut) =>
            {
                var split = Math.Min(cut, fills.Length);
                var whole = new PortfolioBook();
                var before = new PortfolioBook();
                foreach (var fill in fills)
                {
                    whole.Apply(fill);
                }

                foreach (var fill in fills.Take(split))
                {
                    before.Apply(fill);
                }

                var recovered = new PortfolioBook();
                recovered.Restore(before.Snapshot());
                foreach (var fill in fills.Skip(split))
                {
                    recovered.Apply(fill);
                }

                recovered.View().Should().BeEquivalentTo(whole.View(), o => o.Excluding(v => v.Revision));
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_correction_keeps_both_views_and_adopts_the_venues_short()
    {
        var book = new PortfolioBook();
        book.Apply(new FillRecorded(1, 1, null, "SOL", Side.Buy, 150m, 2m, 0.1m, Start));

        var change = book.Apply(new PositionCorrected("SOL", 2m, 150m, -60m, 151m, "venue position unknown to the ledger", Start.AddMinutes(1)));

        change!.PreviousSignedSize.Should().Be(2m);
        change.SignedSize.Should().Be(-60m);
        book.View().Positions.Should().ContainSingle().Which.Should().Match<LedgerPosition>(p => p.SignedSize == -60m && p.EntryPrice == 151m);
    }
}
