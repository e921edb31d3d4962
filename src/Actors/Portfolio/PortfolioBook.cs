using FractalTrader.Messages;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Trading.Ledger;

namespace FractalTrader.Actors.Portfolio;

/// <summary>
/// The portfolio's state, without the actor: the ledger of positions (<see cref="PositionLedger"/>)
/// folded from recorded fills and corrections, which fills were recorded (so a re-read never
/// counts one twice), and a revision that grows with every change. Journaled events change it
/// only through <see cref="Apply"/>, live and on replay alike. Mutable; not thread-safe (one actor).
/// </summary>
internal sealed class PortfolioBook
{
    /// <summary>How far before the newest fill recorded trade ids are remembered (a venue re-read starts a little before it).</summary>
    public static readonly TimeSpan RememberedWindow = TimeSpan.FromMinutes(10);

    private readonly PositionLedger ledger = new();
    private readonly Dictionary<long, DateTimeOffset> recent = [];

    /// <summary>Fills recorded since the journal began.</summary>
    public long Fills { get; private set; }

    /// <summary>When the ledger began; fills before it are never read.</summary>
    public DateTimeOffset? OpenedAt { get; private set; }

    /// <summary>Venue time of the newest fill recorded.</summary>
    public DateTimeOffset? LastFillTime { get; private set; }

    /// <summary>Grows with every change (fill or correction) applied, including on replay.</summary>
    public long Revision { get; private set; }

    /// <summary>The account equity as the venue last reported it (not journaled: the venue is its source).</summary>
    public decimal? Equity { get; set; }

    public HeldPosition this[string symbol] => ledger[symbol];

    /// <summary>Whether a fill with this trade id was recorded (or is too old to matter: before the remembered window).</summary>
    public bool IsRecorded(long tradeId, DateTimeOffset time) =>
        recent.ContainsKey(tradeId) || (LastFillTime is { } last && time < last - RememberedWindow);

    /// <summary>Applies a journaled event; returns the change it made to a position (null for none).</summary>
    public PositionChanged? Apply(object journaled) => journaled switch
    {
        LedgerOpened opened => Open(opened),
        FillRecorded fill => ApplyFill(fill),
        PositionCorrected corrected => ApplyCorrection(corrected),
        _ => throw new ArgumentException($"The portfolio does not journal {journaled.GetType().Name}.", nameof(journaled)),
    };

    public PortfolioView View() =>
        new([.. ledger.Open.Select(ToMessage)], ledger.RealizedPnl, ledger.Fees, Fills, LastFillTime, Equity, Revision);

    public PortfolioSnapshot Snapshot() =>
        new([.. ledger.Open.Select(ToMessage)], ledger.RealizedPnl, ledger.Fees, Fills, LastFillTime, [.. recent.Keys.Order()], OpenedAt);

    public void Restore(PortfolioSnapshot snapshot)
    {
        ledger.Restore(
            snapshot.Positions.Select(p => new HeldPosition(p.Symbol, p.SignedSize, p.EntryPrice, p.RealizedPnl, p.Fees, p.OpenedAt)),
            snapshot.RealizedPnl,
            snapshot.Fees);
        Fills = snapshot.Fills;
        OpenedAt = snapshot.OpenedAt;
        LastFillTime = snapshot.LastFillTime;
        recent.Clear();
        foreach (var id in snapshot.RecentTradeIds)
        {
            recent[id] = snapshot.LastFillTime ?? DateTimeOffset.MinValue;
        }

        Revision++;
    }

    private static LedgerPosition ToMessage(HeldPosition p) => new(p.Symbol, p.SignedSize, p.EntryPrice, p.RealizedPnl, p.Fees, p.OpenedAt);

    private PositionChanged? Open(LedgerOpened opened)
    {
        OpenedAt ??= opened.At;
        return null;
    }

    private PositionChanged ApplyFill(FillRecorded fill)
    {
        var effect = ledger.Apply(fill.Symbol, fill.Side == Side.Buy, fill.Size, fill.Price, fill.Fee, fill.Time);
        Fills++;
        Revision++;
        recent[fill.TradeId] = fill.Time;
        if (LastFillTime is null || fill.Time > LastFillTime)
        {
            LastFillTime = fill.Time;
            var horizon = fill.Time - RememberedWindow;
            foreach (var old in recent.Where(r => r.Value < horizon).Select(r => r.Key).ToList())
            {
                recent.Remove(old);
            }
        }

        return new PositionChanged(fill.Symbol, effect.Before.SignedSize, effect.After.SignedSize, effect.After.EntryPrice, effect.ClosedTradePnl, fill.ClientOrderId, fill.Time);
    }

    private PositionChanged ApplyCorrection(PositionCorrected corrected)
    {
        var before = ledger.Adopt(corrected.Symbol, corrected.VenueSignedSize, corrected.VenueEntryPrice, corrected.At);
        Revision++;
        return new PositionChanged(corrected.Symbol, before.SignedSize, corrected.VenueSignedSize, corrected.VenueEntryPrice, null, null, corrected.At);
    }
}
