using FractalTrader.Messages.Orders;
using FractalTrader.Runtime;

namespace FractalTrader.Host.Health;

/// <summary>
/// Keeps the router's last word on the venue's dead-man's switch (<see cref="DeadManSwitchReported"/>)
/// for the health endpoint: an operator reads whether the venue would cancel our orders if this node
/// went silent. Thread-safe.
/// </summary>
public sealed class DeadManSwitchWatch
{
    private DeadManSwitchReported? last;

    /// <summary>What <c>/health/ready</c> shows: <c>armed until …</c>, <c>NOT armed: …</c>, or <c>not reported yet</c>.</summary>
    public string Describe() => Volatile.Read(ref last) switch
    {
        null => "not reported yet",
        { ArmedUntil: { } until, Failure: null } => $"armed until {until:O}",
        { ArmedUntil: { } until, Failure: { } failure } => $"armed until {until:O}; re-arming failed: {failure}",
        { Failure: var failure } => $"NOT armed: {failure}",
    };

    /// <summary>Follows <paramref name="system"/>'s event stream from now on.</summary>
    public void Follow(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var listener = system.ActorOf(Props.Create(() => new Listener(this)), "health-dead-man-switch");
        system.EventStream.Subscribe(listener, typeof(DeadManSwitchReported));
    }

    private sealed class Listener : ReceiveActor
    {
        public Listener(DeadManSwitchWatch watch) => Receive<DeadManSwitchReported>(reported => Volatile.Write(ref watch.last, reported));
    }
}
