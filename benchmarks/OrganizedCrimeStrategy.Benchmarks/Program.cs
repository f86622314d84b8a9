using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OrganizedCrimeStrategy.Benchmarks;

// --quick: the smallest size, one in-process iteration per benchmark; it proves the benchmarks build and run
// (CI runs it), not how fast they are. Without it, BenchmarkDotNet's own arguments apply (--filter, --job...).
// --write-documents DIR: the documents measured process by process (benchmarks/README.md, "Linearity").
if (args.Length == 2 && args[0] == "--write-documents")
{
    Pathological.WriteDocuments(args[1]);
    return 0;
}

if (args.Contains("--quick"))
{
    Fixtures.Quick = true;
    var config = ManualConfig.CreateMinimumViable()
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableLogFile);
    var summaries = BenchmarkRunner.Run(typeof(Program).Assembly, config);
    var failed = summaries.Sum(s => s.Reports.Count(r => !r.Success)) + summaries.Count(s => s.HasCriticalValidationErrors);
    Console.WriteLine($"Benchmarks (quick): {summaries.Sum(s => s.Reports.Length)} ran, {failed} failed");
    return failed == 0 ? 0 : 1;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
