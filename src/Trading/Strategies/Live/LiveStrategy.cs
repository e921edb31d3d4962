namespace FractalTrader.Trading.Strategies.Live;

/// <summary>
/// One strategy's incremental state for one symbol: takes the newest closed bar and adds the
/// candidate signals whose trigger bar is that bar. Mutable; not thread-safe.
/// </summary>
internal abstract class LiveStrategy(StrategyParameters parameters)
{
    public StrategyParameters Parameters { get; } = parameters;

    /// <summary>Adds the drafts triggered by the newest bar, in the batch evaluation's order.</summary>
    public abstract void OnBar(List<SignalDraft> drafts);
}
