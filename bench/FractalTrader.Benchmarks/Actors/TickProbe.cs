using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Signals;
using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Actors;

/// <summary>
/// Listens on the node's event stream for the end of one tick: the entry settled (the venue
/// refused it and the guardian's slot is free again), or a signal refused (the benchmark fails the
/// tick if it is the signal of that tick, refused before reaching the venue).
/// </summary>
internal sealed class TickProbe : ReceiveActor
{
    public TickProbe(Action settled, Action<SignalRejected> refused)
    {
        Receive<EntryAbandoned>(_ => settled());
        Receive<SignalRejected>(refused);
    }

    public static Props Props(Action settled, Action<SignalRejected> refused) => FractalTrader.Runtime.Props.Create(() => new TickProbe(settled, refused));
}
