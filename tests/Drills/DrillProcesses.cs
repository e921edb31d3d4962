namespace FractalTrader.Drills.Tests;

/// <summary>Drills run one at a time: each runs a venue and node processes on a 2-core machine.</summary>
[CollectionDefinition(Name)]
public sealed class DrillProcesses
{
    public const string Name = "drill processes";
}
