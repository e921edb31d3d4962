namespace FractalTrader.Host.Tests;

/// <summary>Tests that start node processes run one at a time: the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class NodeProcesses
{
    public const string Name = "node processes";
}
