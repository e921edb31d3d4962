namespace FractalTrader.Benchmarks.Persistence;

/// <summary>The event the persistence benchmarks write: about the size of an order fill.</summary>
public sealed record BenchFill(string OrderId, string Symbol, decimal Price, decimal Size, decimal Fee, long Sequence);
