using BenchmarkDotNet.Running;

// Runs any suite in this assembly: dotnet run -c Release --project bench/FractalTrader.Benchmarks -- --filter '*Runtime*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
