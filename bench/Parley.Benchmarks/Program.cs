using BenchmarkDotNet.Running;
using Parley.Benchmarks;

// Thin entry point: 'dotnet run -c Release -- --filter *' runs the BenchmarkDotNet suites.
return BenchmarkSwitcher.FromAssembly(typeof(TaggerBenchmarks).Assembly).Run(args) is null ? 1 : 0;
