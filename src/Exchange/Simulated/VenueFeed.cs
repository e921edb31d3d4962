using System.Threading.Channels;

namespace FractalTrader.Exchange.Simulated;

/// <summary>One subscriber's view of the venue's events, in publication order. Dispose to stop receiving. Thread-safe.</summary>
public sealed class VenueFeed : IDisposable
{
    private readonly Channel<VenueEvent> channel = Channel.CreateUnbounded<VenueEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Action<VenueFeed> unsubscribe;

    internal VenueFeed(Action<VenueFeed> unsubscribe)
    {
        this.unsubscribe = unsubscribe;
    }

    /// <summary>The events.</summary>
    public ChannelReader<VenueEvent> Events => channel.Reader;

    internal void Publish(VenueEvent venueEvent) => channel.Writer.TryWrite(venueEvent);

    /// <inheritdoc />
    public void Dispose()
    {
        unsubscribe(this);
        channel.Writer.TryComplete();
    }
}
