using System.Reflection;
using FractalTrader.Exchange;
using FractalTrader.Exchange.Errors;

namespace FractalTrader.Actors.Tests.Orders;

/// <summary>The node's view of a venue that refuses to arm the dead-man's switch while <see cref="Refusing"/> is set, as a venue answering "too soon" or an outage would; every other call goes straight to the venue.</summary>
public class ScheduleCancelGate : DispatchProxy
{
    private IExchange venue = null!;

    /// <summary>Whether schedule-cancel calls fail.</summary>
    public bool Refusing { get; set; } = true;

    /// <summary>Wraps <paramref name="venue"/>.</summary>
    public static IExchange Over(IExchange venue, out ScheduleCancelGate control)
    {
        var view = Create<IExchange, ScheduleCancelGate>();
        control = (ScheduleCancelGate)(object)view;
        control.venue = venue;
        return view;
    }

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (Refusing && string.Equals(targetMethod.Name, nameof(IExchange.ScheduleCancelAsync), StringComparison.Ordinal))
        {
            return Task.FromException(new TransientExchangeException("gate", "schedule cancel", TransientCause.RateLimited, "refused by the test"));
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
