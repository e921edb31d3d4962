using System.Collections.Concurrent;

namespace FractalTrader.Runtime.Tests.Dispatch;

/// <summary>Records every message it processes into a shared queue; for tests that run without a test kit.</summary>
internal sealed class RecordingActor(ConcurrentQueue<object> processed) : ReceiveActor
{
    public static Props Props(ConcurrentQueue<object> processed) => Runtime.Props.Create(() => new RecordingActor(processed));

    protected override void PreStart() => Become(message =>
    {
        processed.Enqueue(message);
        return true;
    });
}
