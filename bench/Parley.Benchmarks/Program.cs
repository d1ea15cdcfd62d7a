using BenchmarkDotNet.Running;

// Run all with: dotnet run -c Release --project bench/Parley.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
