using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Runtime;

/// <summary>Returns every ball to its sender.</summary>
internal sealed class Ponger : UntypedActor
{
    protected override void OnReceive(object message) => Sender.Tell(message);
}
