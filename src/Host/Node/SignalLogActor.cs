using FractalTrader.Messages.MarketData;
using FractalTrader.Messages.Signals;
using FractalTrader.Runtime;

namespace FractalTrader.Host.Node;

/// <summary>
/// Stands where the risk guardian will stand until the trading node is wired in: logs every
/// signal and stale-data report it is sent and places nothing.
/// </summary>
internal sealed class SignalLogActor : ReceiveActor
{
    private ILogger log = null!;

    public SignalLogActor()
    {
        Receive<SignalIssued>(signal => log.LogInformation(
            "Signal {SignalId}: {Direction} {Symbol} entry {Entry} stop {StopLoss} target {TakeProfit} confidence {Confidence} (not traded: no risk guardian in this build)",
            signal.SignalId, signal.Direction, signal.Symbol, signal.Entry, signal.StopLoss, signal.TakeProfit, signal.Confidence));
        Receive<MarketDataStale>(stale => log.LogWarning("Market data stale: {Stale}", stale));
        ReceiveAny(_ => { });
    }

    public static Props Props() => Runtime.Props.Create(() => new SignalLogActor());

    protected override void PreStart() => log = Context.GetLogger();
}
