using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.Simulated.State;

namespace FractalTrader.Exchange.Simulated.Persistence;

/// <summary>What changed in one venue call, committed to the store in one transaction. Not thread-safe.</summary>
internal sealed class VenueChanges
{
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>The venue's time when the changes were committed (where a paper clock resumes after a restart).</summary>
    public DateTimeOffset? MarketTime { get; set; }

    public HashSet<SimulatedAccount> Accounts { get; } = [];

    public HashSet<SimulatedOrder> Orders { get; } = [];

    public List<(string Account, Fill Fill)> Fills { get; } = [];

    public long NextOrderId { get; set; }

    public long NextTradeId { get; set; }

    public Dictionary<string, MarketCursor> Markets { get; set; } = new(StringComparer.Ordinal);

    public bool MarketsMoved { get; set; }

    public bool IsEmpty => StartTime is null && !MarketsMoved && Accounts.Count == 0 && Orders.Count == 0 && Fills.Count == 0;

    public void Clear()
    {
        StartTime = null;
        MarketsMoved = false;
        Accounts.Clear();
        Orders.Clear();
        Fills.Clear();
    }
}
