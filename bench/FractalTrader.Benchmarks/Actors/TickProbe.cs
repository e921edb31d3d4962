using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Signals;
using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Actors;

/// <summary>
/// Listens on the node's event stream for the end of one tick: the entry settled (the venue
/// refused it and the guardian's slot is free again), or the signal refused before reaching the
/// venue (which the benchmark reports as a failure, with the reason).
/// </summary>
internal sealed class TickProbe : ReceiveActor
{
    public TickProbe(Action settled, Action<string> refused)
    {
        Receive<EntryAbandoned>(_ => settled());
        Receive<SignalRejected>(r => refused(r.Reason));
    }

    public static Props Props(Action settled, Action<string> refused) => FractalTrader.Runtime.Props.Create(() => new TickProbe(settled, refused));
}
