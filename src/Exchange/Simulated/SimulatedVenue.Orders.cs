using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Hyperliquid;
using FractalTrader.Exchange.Hyperliquid.Wire;
using FractalTrader.Exchange.Instruments;
using FractalTrader.Exchange.MarketData;
using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Simulated.State;

namespace FractalTrader.Exchange.Simulated;

/// <content>Orders: placement with Hyperliquid's checks, matching, positions, fees, the dead-man's switch.</content>
public sealed partial class SimulatedVenue
{
    /// <summary>Places an order for <paramref name="account"/>.</summary>
    /// <exception cref="UnknownAccountException">No such account.</exception>
    /// <param name="account">Account address.</param>
    /// <param name="order">The order.</param>
    /// <param name="forceReject">Refuse it (insufficient margin) whatever its merits: an injected fault.</param>
    public PlaceOutcome Place(string account, OrderRequest order, bool forceReject = false)
    {
        ArgumentNullException.ThrowIfNull(order);
        lock (gate)
        {
            CatchUp();
            var outcome = PlaceLocked(RequireAccount(account), order, existing: null, forceReject);
            Commit();
            return outcome;
        }
    }

    /// <summary>Cancels an open order by venue id; false (Hyperliquid's "never placed…") if it is not open.</summary>
    public bool Cancel(string account, long orderId)
    {
        lock (gate)
        {
            CatchUp();
            RequireAccount(account);
            var done = orders.TryGetValue(orderId, out var order) && Same(order.Account, account) && order.State == OrderState.Open;
            if (done)
            {
                Finish(order!, OrderState.Canceled, "canceled");
            }

            Commit();
            return done;
        }
    }

    /// <summary>Cancels an open order by client order id.</summary>
    public bool Cancel(string account, ClientOrderId clientOrderId)
    {
        lock (gate)
        {
            CatchUp();
            RequireAccount(account);
            var done = byCloid.TryGetValue((account.ToLowerInvariant(), clientOrderId.ToString()), out var id)
                && orders[id].State == OrderState.Open;
            if (done)
            {
                Finish(orders[id], OrderState.Canceled, "canceled");
            }

            Commit();
            return done;
        }
    }

    /// <summary>Replaces an open order's parameters, keeping its id (Hyperliquid's modify).</summary>
    public PlaceOutcome Modify(string account, long orderId, OrderRequest replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        lock (gate)
        {
            CatchUp();
            var a = RequireAccount(account);
            if (!orders.TryGetValue(orderId, out var existing) || !Same(existing.Account, account) || existing.State != OrderState.Open)
            {
                return new PlaceOutcome(null, RejectReason.OrderNotFound, HyperliquidErrorText.MissingOrder);
            }

            var outcome = PlaceLocked(a, replacement, existing, forceReject: false);
            Commit();
            return outcome;
        }
    }

    /// <summary>Arms (or with null disarms) the dead-man's switch: at <paramref name="at"/> every open order of the account is cancelled.</summary>
    public void ScheduleCancel(string account, DateTimeOffset? at)
    {
        lock (gate)
        {
            CatchUp();
            var a = RequireAccount(account);
            a.CancelAllAt = at;
            pending.Accounts.Add(a);
            ArmDeadMan();
            Commit();
        }
    }

    private PlaceOutcome PlaceLocked(SimulatedAccount account, OrderRequest request, SimulatedOrder? existing, bool forceReject)
    {
        if (instruments.GetValueOrDefault(request.Symbol) is not { } instrument)
        {
            return new PlaceOutcome(null, RejectReason.UnknownSymbol, HyperliquidErrorText.UnknownAsset);
        }

        var top = Top(request.Symbol);
        var isBuy = request.Side == OrderSide.Buy;
        var limit = request.LimitPrice
            ?? SlippagePrice.Compute(markets[request.Symbol].Mark, isBuy, SlippagePrice.DefaultSlippage, instrument.SzDecimals, instrument.IsSpot);
        var refusal = forceReject
            ? (RejectReason.InsufficientMargin, HyperliquidErrorText.PerpMargin)
            : Refusal(account, instrument, request, limit, top, existing);

        if (refusal is { } r && existing is not null)
        {
            return new PlaceOutcome(null, r.Item1, r.Item2);
        }

        var order = Record(account, request, existing, limit);
        if (refusal is { } refused)
        {
            Finish(order, OrderState.Rejected, RejectionStatus(refused.Item1));
            return new PlaceOutcome(null, refused.Item1, refused.Item2);
        }

        if (feeds.Count > 0)
        {
            Publish(new OrderChanged(account.Address, order.ToStatus()));
        }
        var filled = 0m;
        var notional = 0m;
        if (order.IsTrigger)
        {
            FireTriggers(order.Symbol, markets[order.Symbol].Mark);
        }
        else if (Crosses(isBuy, limit, top))
        {
            (filled, notional) = Take(order, top, limit);
        }

        if (order.State == OrderState.Open && (request.Kind == OrderKind.Market || request.TimeInForce == TimeInForce.ImmediateOrCancel))
        {
            if (filled == 0)
            {
                var (reason, text) = request.Kind == OrderKind.Market
                    ? (RejectReason.NoLiquidity, HyperliquidErrorText.NoLiquidity)
                    : (RejectReason.ImmediateOrCancelUnfilled, HyperliquidErrorText.IocCancel);
                Finish(order, OrderState.Rejected, RejectionStatus(reason));
                return new PlaceOutcome(null, reason, text);
            }

            Finish(order, OrderState.Canceled, "canceled");
        }

        var state = order.State == OrderState.Canceled ? OrderState.Filled : order.State;
        return new PlaceOutcome(new OrderAck(order.OrderId, request.ClientOrderId, state, filled, filled > 0 ? notional / filled : null));
    }

    private SimulatedOrder Record(SimulatedAccount account, OrderRequest request, SimulatedOrder? existing, decimal limit)
    {
        var order = existing ?? new SimulatedOrder { OrderId = nextOrderId++, Account = account.Address, PlacedAt = Now };
        order.ClientOrderId = request.ClientOrderId.ToString();
        order.Symbol = request.Symbol;
        order.Side = request.Side;
        order.Kind = request.Kind;
        order.TimeInForce = request.TimeInForce;
        order.LimitPrice = limit;
        order.TriggerPrice = request.TriggerPrice;
        order.OriginalSize = request.Size;
        order.RemainingSize = request.Size;
        order.ReduceOnly = request.ReduceOnly;
        order.State = OrderState.Open;
        order.VenueStatus = "open";
        order.StatusTime = Now;
        orders[order.OrderId] = order;
        open[order.OrderId] = order;
        byCloid[(account.Address, order.ClientOrderId)] = order.OrderId;
        pending.Orders.Add(order);
        return order;
    }

    /// <summary>Hyperliquid's pre-trade checks, in its order; null when the order may proceed.</summary>
    private (RejectReason, string)? Refusal(SimulatedAccount account, Instrument instrument, OrderRequest request, decimal limit, TopOfBook top, SimulatedOrder? existing)
    {
        var rounding = instrument.Rounding;
        var isBuy = request.Side == OrderSide.Buy;
        var position = PositionOf(account, request.Symbol);
        var isLimit = request.Kind == OrderKind.Limit;
        if (!rounding.IsValidPrice(limit) || (request.TriggerPrice is { } t && !rounding.IsValidPrice(t)))
        {
            return (RejectReason.InvalidPrice, HyperliquidErrorText.Tick);
        }

        if (!rounding.IsValidSize(request.Size))
        {
            return (RejectReason.InvalidSize, HyperliquidErrorText.InvalidSize);
        }

        if (!request.ReduceOnly && !rounding.MeetsMinimumValue(limit, request.Size))
        {
            return (RejectReason.BelowMinimumValue, HyperliquidErrorText.MinTradeNotional);
        }

        if (request.ReduceOnly && (position == 0 || (position > 0) == isBuy))
        {
            return (RejectReason.ReduceOnlyWouldIncrease, HyperliquidErrorText.ReduceOnly);
        }

        if (!request.ReduceOnly && !HasMargin(account, request, limit, existing))
        {
            return (RejectReason.InsufficientMargin, HyperliquidErrorText.PerpMargin);
        }

        if (isLimit && request.TimeInForce == TimeInForce.PostOnly && Crosses(isBuy, limit, top))
        {
            return (RejectReason.PostOnlyWouldMatch, HyperliquidErrorText.PostOnlyWouldMatch(top.BidPrice!.Value, top.AskPrice!.Value));
        }

        return isLimit && request.TimeInForce == TimeInForce.ImmediateOrCancel && !Crosses(isBuy, limit, top)
            ? (RejectReason.ImmediateOrCancelUnfilled, HyperliquidErrorText.IocCancel)
            : null;
    }

    private static bool Crosses(bool isBuy, decimal limit, TopOfBook top) =>
        isBuy ? limit >= top.AskPrice : limit <= top.BidPrice;

    private static string RejectionStatus(RejectReason reason) => reason switch
    {
        RejectReason.InvalidPrice => "tickRejected",
        RejectReason.BelowMinimumValue => "minTradeNtlRejected",
        RejectReason.InsufficientMargin => "perpMarginRejected",
        RejectReason.ReduceOnlyWouldIncrease => "reduceOnlyRejected",
        RejectReason.PostOnlyWouldMatch => "badAloPxRejected",
        RejectReason.ImmediateOrCancelUnfilled => "iocCancelRejected",
        RejectReason.InvalidTriggerPrice => "badTriggerPxRejected",
        RejectReason.NoLiquidity => "marketOrderNoLiquidityRejected",
        _ => "rejected",
    };

    /// <summary>Takes liquidity at the touch, with seeded slippage, never beyond <paramref name="bound"/>.</summary>
    private (decimal Filled, decimal Notional) Take(SimulatedOrder order, TopOfBook top, decimal bound)
    {
        var rounding = instruments[order.Symbol].Rounding;
        var touch = order.IsBuy ? top.AskPrice!.Value : top.BidPrice!.Value;
        var slip = options.MaxSlippage * (decimal)random.NextDouble();
        var price = rounding.RoundPrice(touch * (order.IsBuy ? 1 + slip : 1 - slip), order.IsBuy ? PriceRounding.Up : PriceRounding.Down);
        price = order.IsBuy ? Math.Min(price, bound) : Math.Max(price, bound);
        var size = rounding.RoundSize(Math.Min(order.RemainingSize, options.Liquidity.Available(markets[order.Symbol].LastVolume)));
        if (size <= 0)
        {
            return (0, 0);
        }

        var executed = Execute(order, size, price, isTaker: true);
        return (executed, executed * price);
    }

    private void FireTriggers(string symbol, decimal price)
    {
        var due = open.Values
            .Where(o => o.IsTrigger && string.Equals(o.Symbol, symbol, StringComparison.Ordinal) && IsTriggered(o, price))
            .OrderBy(o => o.OrderId)
            .ToList();
        foreach (var order in due)
        {
            order.VenueStatus = "triggered";
            order.StatusTime = Now;
            if (feeds.Count > 0)
            {
                Publish(new OrderChanged(order.Account, order.ToStatus() with { State = OrderState.Triggered }));
            }
            var (filled, _) = Take(order, Top(symbol), order.LimitPrice);
            if (order.State == OrderState.Open)
            {
                Finish(order, OrderState.Canceled, filled > 0 ? "canceled" : "marginCanceled");
            }
        }
    }

    private static bool IsTriggered(SimulatedOrder order, decimal price)
    {
        var trigger = order.TriggerPrice!.Value;
        // A stop buys when the price rises through it and sells when it falls through it; a
        // take-profit the other way round.
        var rising = order.Kind == OrderKind.StopMarket ? order.IsBuy : !order.IsBuy;
        return rising ? price >= trigger : price <= trigger;
    }

    /// <summary>Fills resting limit orders the price traded at or through, best price then oldest first.</summary>
    private void FillResting(string symbol, decimal price, decimal available)
    {
        var candidates = open.Values
            .Where(o => !o.IsTrigger && string.Equals(o.Symbol, symbol, StringComparison.Ordinal)
                && (o.IsBuy ? price <= o.LimitPrice : price >= o.LimitPrice))
            .OrderBy(o => o.IsBuy ? -o.LimitPrice : o.LimitPrice)
            .ThenBy(o => o.OrderId)
            .ToList();
        var rounding = instruments[symbol].Rounding;
        foreach (var order in candidates)
        {
            if (available <= 0)
            {
                break;
            }

            var size = rounding.RoundSize(Math.Min(order.RemainingSize, available));
            if (size <= 0)
            {
                break;
            }

            available -= Execute(order, size, order.LimitPrice, isTaker: false);
        }
    }

    /// <summary>Executes up to <paramref name="size"/> of an order and returns what was executed.</summary>
    private decimal Execute(SimulatedOrder order, decimal size, decimal price, bool isTaker)
    {
        var account = accounts[order.Account];
        var start = PositionOf(account, order.Symbol);
        if (order.ReduceOnly)
        {
            var reducible = (start > 0) != order.IsBuy ? Math.Abs(start) : 0;
            size = Math.Min(size, reducible);
            if (size <= 0)
            {
                Finish(order, OrderState.Canceled, "reduceOnlyCanceled");
                return 0;
            }
        }

        var position = account.Positions.TryGetValue(order.Symbol, out var p) ? p : account.Positions[order.Symbol] = new SimulatedPosition();
        var closedPnl = ApplyToPosition(position, order.IsBuy ? size : -size, price);
        var fee = Math.Round(price * size * (isTaker ? options.TakerFee : options.MakerFee), 6, MidpointRounding.ToEven);
        account.Balance += closedPnl - fee;
        pending.Accounts.Add(account);

        var fill = new Fill(nextTradeId++, order.OrderId, order.Cloid, order.Symbol, order.Side, price, size, fee, closedPnl, start, isTaker, Now);
        fills.Add(fill);
        pending.Fills.Add((account.Address, fill));
        order.RemainingSize -= size;
        order.StatusTime = Now;
        pending.Orders.Add(order);
        if (feeds.Count > 0)
        {
            Publish(new AccountFilled(account.Address, fill));
        }
        if (feeds.Count > 0)
        {
            Publish(new TradePrinted(new PublicTrade(order.Symbol, isTaker ? order.Side : Opposite(order.Side), price, size, fill.TradeId, Now)));
        }
        if (order.RemainingSize == 0)
        {
            Finish(order, OrderState.Filled, "filled");
        }
        else
        {
            if (feeds.Count > 0)
            {
                Publish(new OrderChanged(account.Address, order.ToStatus()));
            }
        }

        return size;
    }

    /// <summary>Moves a position by a signed fill; returns the PnL realized by the part that closed it.</summary>
    private static decimal ApplyToPosition(SimulatedPosition position, decimal signed, decimal price)
    {
        var start = position.Size;
        var size = Math.Abs(signed);
        if (start == 0 || Math.Sign(start) == Math.Sign(signed))
        {
            position.EntryPrice = ((position.EntryPrice * Math.Abs(start)) + (price * size)) / (Math.Abs(start) + size);
            position.Size = start + signed;
            return 0;
        }

        var closing = Math.Min(Math.Abs(start), size);
        var realized = (price - position.EntryPrice) * closing * Math.Sign(start);
        var opening = size - closing;
        position.Size = opening > 0 ? Math.Sign(signed) * opening : start + (Math.Sign(signed) * closing);
        if (opening > 0)
        {
            position.EntryPrice = price;
        }
        else if (position.Size == 0)
        {
            position.EntryPrice = 0;
        }

        return realized;
    }

    private static OrderSide Opposite(OrderSide side) => side == OrderSide.Buy ? OrderSide.Sell : OrderSide.Buy;

    private void Finish(SimulatedOrder order, OrderState state, string venueStatus)
    {
        order.State = state;
        open.Remove(order.OrderId);
        order.VenueStatus = venueStatus;
        order.StatusTime = Now;
        pending.Orders.Add(order);
        if (feeds.Count > 0)
        {
            Publish(new OrderChanged(order.Account, order.ToStatus()));
        }
    }

    private static decimal PositionOf(SimulatedAccount account, string symbol) =>
        account.Positions.TryGetValue(symbol, out var p) ? p.Size : 0;

    private int LeverageOf(SimulatedAccount account, string symbol) =>
        account.Leverage.TryGetValue(symbol, out var l) ? l : Math.Min(options.DefaultLeverage, instruments[symbol].MaxLeverage);

    private decimal Equity(SimulatedAccount account) =>
        account.Balance + account.Positions.Sum(p => (Mark(p.Key) - p.Value.EntryPrice) * p.Value.Size);

    private decimal MarginUsed(SimulatedAccount account) =>
        account.Positions.Sum(p => Math.Abs(p.Value.Size) * Mark(p.Key) / LeverageOf(account, p.Key));

    private bool HasMargin(SimulatedAccount account, OrderRequest request, decimal price, SimulatedOrder? replacing)
    {
        var reserved = open.Values
            .Where(o => !o.ReduceOnly && o != replacing && Same(o.Account, account.Address))
            .Sum(o => o.RemainingSize * o.LimitPrice / LeverageOf(account, o.Symbol));
        var required = request.Size * price / LeverageOf(account, request.Symbol);
        return required <= Equity(account) - MarginUsed(account) - reserved;
    }

    private Position ToPosition(SimulatedAccount account, string symbol, SimulatedPosition position)
    {
        var mark = Mark(symbol);
        var leverage = LeverageOf(account, symbol);
        return new Position(symbol, position.Size, position.EntryPrice, (mark - position.EntryPrice) * position.Size,
            Math.Abs(position.Size) * mark / leverage, leverage, LiquidationPrice: null);
    }

    private void ArmDeadMan()
    {
        deadManTimer?.Dispose();
        deadManTimer = null;
        var next = accounts.Values.Where(a => a.CancelAllAt is not null).Min(a => a.CancelAllAt);
        if (next is { } at)
        {
            var due = at - time.GetUtcNow();
            deadManTimer = time.CreateTimer(_ => CatchUpFromTimer(), null, due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
        }
    }

    private void RunDeadMan(DateTimeOffset now)
    {
        var fired = false;
        foreach (var account in accounts.Values.Where(a => a.CancelAllAt <= now))
        {
            foreach (var order in open.Values.Where(o => Same(o.Account, account.Address)).ToList())
            {
                Finish(order, OrderState.Canceled, "scheduledCancel");
            }

            account.CancelAllAt = null;
            pending.Accounts.Add(account);
            fired = true;
        }

        if (fired)
        {
            ArmDeadMan();
        }
    }
}
