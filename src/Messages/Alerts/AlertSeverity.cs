namespace FractalTrader.Messages.Alerts;

/// <summary>How urgently an operator should look.</summary>
public enum AlertSeverity
{
    /// <summary>For the record.</summary>
    Info = 0,

    /// <summary>Something is off; trading continues.</summary>
    Warning = 1,

    /// <summary>Trading was restricted or money is at risk.</summary>
    Critical = 2,
}
