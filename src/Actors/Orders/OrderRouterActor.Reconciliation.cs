using FractalTrader.Messages.Alerts;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Reconciliation;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Orders;

/// <content>
/// The router's side of open-order reconciliation: it shows the reconciler what its journal knows,
/// then journals each divergence found (both views) before acting on it: an orphan is cancelled at
/// the venue unless it is a stop or target protecting a live position (kept); a resting order the
/// venue no longer has takes the venue's status (a fill goes the fill path), and a protective order
/// lost that way is replaced so the position stays protected.
/// </content>
public sealed partial class OrderRouterActor
{
    // Client ids whose cancellation is in flight: gone from the venue on purpose, not divergent.
    private readonly HashSet<string> canceling = new(StringComparer.Ordinal);

    // Venue ids of orphans whose cancellation is in flight, so the next comparison does not report them again.
    private readonly HashSet<long> cancelingOrphans = [];

    // Protections (symbol/generation) already being replaced: a stop and a target lost together are replaced once.
    private readonly HashSet<string> replacing = new(StringComparer.Ordinal);

    private KnownOrders Known() =>
        new([.. book.All], book.Kept.ToHashSet(), resolving.Union(canceling, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal), cancelingOrphans.ToHashSet());

    private void OnSettleOrderFindings(SettleOrderFindings settle)
    {
        var replyTo = Sender;
        var recorded = new List<OrderDivergence>();
        foreach (var finding in settle.Findings.Where(StillDivergent))
        {
            if (finding.Divergence is { } divergence)
            {
                recorded.Add(divergence);
                Persist(new OrderDivergenceRecorded(divergence, clock.Now), journaled =>
                {
                    book.Apply(journaled);
                    log.LogWarning(
                        "Order divergence {Kind} on {Symbol} ({ClientOrderId}, venue id {VenueOrderId}): journal {JournalView}; venue {VenueView}; {Action}",
                        divergence.Kind, divergence.Symbol, divergence.ClientOrderId, divergence.VenueOrderId, divergence.JournalView, divergence.VenueView, divergence.Action);
                    Act(finding);
                });
            }
            else
            {
                Act(finding);
            }
        }

        DeferAsync(new OrderFindingsSettled(recorded), settled => replyTo.Tell(settled, Self));
    }

    /// <summary>Whether the finding still holds now that the router has handled what came before it (it may have settled the order itself meanwhile).</summary>
    private bool StillDivergent(OrderFinding finding)
    {
        var tracked = finding.ClientOrderId is { } id ? book.Find(id) : null;
        if (finding.ClientOrderId is { } busy && (resolving.Contains(busy) || canceling.Contains(busy)))
        {
            return false;
        }

        return finding.Divergence?.Kind switch
        {
            OrderDivergenceKind.UnknownToJournal => tracked is null && finding.VenueOrderId is { } orphan && !cancelingOrphans.Contains(orphan),
            OrderDivergenceKind.FinishedInJournal => tracked is { Status: not (OrderStatus.Requested or OrderStatus.Open) } && finding.VenueOrderId is { } done && !cancelingOrphans.Contains(done),
            _ => tracked is { Status: OrderStatus.Open },
        };
    }

    private void Act(OrderFinding finding)
    {
        switch (finding.Divergence?.Action)
        {
            case OrderDivergenceAction.Canceled:
                CancelOrphan(finding.Symbol, finding.VenueOrderId!.Value, finding.ClientOrderId);
                break;
            case OrderDivergenceAction.KeptProtecting:
                break;
            default:
                AdoptVenueStatus(finding);
                break;
        }
    }

    private void CancelOrphan(string symbol, long venueOrderId, string? clientOrderId)
    {
        cancelingOrphans.Add(venueOrderId);
        Call(
            async venue =>
            {
                await venue.CancelOrderAsync(symbol, venueOrderId);
                return new OrphanCancelDone(symbol, venueOrderId, clientOrderId, null);
            },
            e => new OrphanCancelDone(symbol, venueOrderId, clientOrderId, e.Message));
    }

    private void OnOrphanCancelDone(OrphanCancelDone done)
    {
        cancelingOrphans.Remove(done.VenueOrderId);
        var order = $"orphan order {done.ClientOrderId ?? "(no client id)"} (venue id {done.VenueOrderId})";

        // Gone meanwhile (filled, cancelled) or the venue did not answer: the next reconciliation looks again.
        var (severity, text) = done.Error is null
            ? (AlertSeverity.Info, $"{done.Symbol}: {order} cancelled at the venue")
            : (AlertSeverity.Warning, $"{done.Symbol}: cancelling {order} failed ({done.Error}); the next reconciliation looks again");
        RaiseAlert(severity, text, clock.Now);
    }

    /// <summary>The venue's status becomes the journal's; a protective order of the protection in force that was lost is replaced.</summary>
    private void AdoptVenueStatus(OrderFinding finding)
    {
        var clientOrderId = finding.ClientOrderId!;
        var detail = finding.Divergence is null
            ? "found done at the venue by reconciliation"
            : $"absent from the venue's open orders at reconciliation: {finding.Divergence.VenueView}";
        OnStatusFound(new StatusFound(clientOrderId, finding.Status, detail));
        DeferAsync(clientOrderId, ReprotectIfLost);
    }

    private void ReprotectIfLost(string clientOrderId)
    {
        if (book.Find(clientOrderId) is not { Request: var request, Status: OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.NotPlaced }
            || request.Role is not (OrderRole.StopLoss or OrderRole.TakeProfit)
            || book.Protections.GetValueOrDefault(request.Symbol) is not { } current
            || !string.Equals(ClientOrderIds.Protective(current.IntentId, request.Role, current.Generation).ToString(), clientOrderId, StringComparison.Ordinal)
            || !replacing.Add($"{request.Symbol}/{current.Generation}"))
        {
            return;
        }

        log.LogWarning("{Symbol}: {Role} {ClientOrderId} of the position is gone from the venue; replacing stop and target", request.Symbol, request.Role, clientOrderId);
        CancelProtection(request.Symbol, "replaced: its sibling was lost at the venue");
        Protect(current with { Generation = current.Generation + 1, At = clock.Now });
    }
}
