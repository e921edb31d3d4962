namespace FractalTrader.Messages.Reconciliation;

/// <summary>What the node did about an <see cref="OrderDivergence"/>.</summary>
public enum OrderDivergenceAction
{
    /// <summary>The orphan was cancelled at the venue.</summary>
    Canceled = 0,

    /// <summary>The orphan is a reduce-only stop or target protecting a live venue position: left in place.</summary>
    KeptProtecting = 1,

    /// <summary>The journal adopted the venue's status of the order (a fill goes through the fill path).</summary>
    StatusAdopted = 2,
}
