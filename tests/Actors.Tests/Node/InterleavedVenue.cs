using System.Reflection;
using FractalTrader.Exchange;

namespace FractalTrader.Actors.Tests.Node;

/// <summary>
/// The node's view of a venue where something happens between two of its reads: once armed, the
/// next <see cref="IExchange.GetPositionsAsync"/> first runs the armed action at the venue (a stop
/// filling, say), then answers. Every other call goes straight to the venue.
/// </summary>
public class InterleavedVenue : DispatchProxy
{
    private IExchange venue = null!;
    private Action? armed;

    /// <summary>Wraps <paramref name="venue"/>.</summary>
    public static IExchange Over(IExchange venue, out InterleavedVenue control)
    {
        var view = Create<IExchange, InterleavedVenue>();
        control = (InterleavedVenue)(object)view;
        control.venue = venue;
        return view;
    }

    /// <summary>Runs <paramref name="action"/> at the venue just before the next positions read answers.</summary>
    public void BeforeNextPositionsRead(Action action) => Interlocked.Exchange(ref armed, action);

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (string.Equals(targetMethod.Name, nameof(IExchange.GetPositionsAsync), StringComparison.Ordinal))
        {
            Interlocked.Exchange(ref armed, null)?.Invoke();
        }

        try
        {
            return targetMethod.Invoke(venue, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
