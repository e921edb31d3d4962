using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Reconciliation;
using FractalTrader.Messages.Risk;

namespace FractalTrader.Messages.Tests.Journal;

/// <summary>One filled-in instance of every journaled type, with values that would expose a lossy round trip.</summary>
internal static class JournalSamples
{
    private static readonly DateTimeOffset At = new(2025, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);

    public static IReadOnlyList<object> All { get; } =
    [
        new SignalDecided("fvg_fill:BTC:1h:2025-03-04T05:00:00Z:short", "fvg_fill", "BTC", "1h", At.AddHours(-1), Direction.Short, true, "sized 0.01234 BTC by the risk budget", 0.01234m, "fvg_fill:BTC:1h:2025-03-04T05:00:00Z:short", At),
        new EquityMarked(10_000.123456789m, At),
        new TradingStateCommanded(RiskState.Halted, "operator: ünïcode reason", "operator", At),
        new EntryFillRecorded("ETH", At),
        new TradeCloseRecorded("SOL", -12.5m, At),
        new RiskGuardianSnapshot(RiskState.Reducing, "daily loss", At, null, 10_500m, 2, 0, 7, new DateOnly(2025, 3, 4), 10_400m, true, 1234, [new SignalWatermark("fvg_fill:BTC:1h:short", At)]),
        new OrderRequested("0x0123456789abcdef0123456789abcdef", "intent-1", OrderRole.StopLoss, "BTC", Side.Sell, OrderType.StopMarket, 0.5m, null, 59_000.5m, true, At),
        new OrderAcknowledged("0x0123456789abcdef0123456789abcdef", 42, OrderStatus.Open, 0m, null, At),
        new OrderRejected("0x0123456789abcdef0123456789abcdef", "Order has invalid price.", At),
        new OrderResolved("0x0123456789abcdef0123456789abcdef", OrderStatus.NotPlaced, null, 0m, "unknown to the venue after its expiry", At),
        new OrderCanceled("0x0123456789abcdef0123456789abcdef", "position flat", At),
        new ProtectionPlanned("BTC", "intent-1", Direction.Long, 58_000m, 64_000m, 0.5m, 3, At),
        new ProtectionCleared("BTC", At),
        new OrderDivergenceRecorded(
            new OrderDivergence(OrderDivergenceKind.UnknownToJournal, "ETH", "0x0123456789abcdef0123456789abcdef", 4711, "no such order", "open: Sell 1.5 StopMarket trigger 2940.5 reduce-only", OrderDivergenceAction.KeptProtecting),
            At),
        new OrderRouterSnapshot(
            [new TrackedOrder(new OrderRequested("0xabc", "intent-2", OrderRole.Entry, "ETH", Side.Buy, OrderType.Market, 1.5m, 3_100m, null, false, At), OrderStatus.Filled, 7, 1.5m)],
            [new ProtectionPlanned("ETH", "intent-2", Direction.Long, 2_900m, 3_400m, 1.5m, 1, At)],
            [4711, 4712]),
        new LedgerOpened(At),
        new FillRecorded(99, 7, "0xabc", "ETH", Side.Buy, 3_100.25m, 1.5m, 0.0002m, At),
        new PositionCorrected("BTC", 0.01m, 60_000m, -0.6m, 61_000m, "unknown venue position", At),
        new PortfolioSnapshot([new LedgerPosition("SOL", -3.25m, 150.125m, 1.5m, 0.25m, At)], 100.5m, 2.75m, 12, At, [97, 98, 99], At.AddDays(-3)),
    ];
}
