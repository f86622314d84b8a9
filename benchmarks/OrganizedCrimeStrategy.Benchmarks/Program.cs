using System.Diagnostics;
using BenchmarkDotNet.Running;
using OrganizedCrimeStrategy.Benchmarks;
using OrganizedCrimeStrategy.Json;

if (args.Contains("--scale"))
{
    var big = new StrategyReadOptions { MaxBytes = int.MaxValue };
    foreach (var n in new[] { 1000, 10_000, 1000, 10_000, 100_000 })
    {
        var strategy = StrategyFactory.Create(n);
        var bytes = StrategyJson.WriteUtf8(strategy);
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < 3; i++)
        {
            var r = new System.Text.Json.Utf8JsonReader(bytes);
            while (r.Read()) { }
        }

        var floor = sw.Elapsed.TotalMilliseconds / 3;
        sw.Restart();
        for (var i = 0; i < 3; i++) System.Text.Json.JsonDocument.Parse(bytes).Dispose();
        var dom = sw.Elapsed.TotalMilliseconds / 3;
        Console.Write($"floor {floor,7:F1} dom {dom,7:F1} ");
        sw.Restart();
        for (var i = 0; i < 3; i++) StrategyJson.Read(bytes, big);
        var read = sw.Elapsed.TotalMilliseconds / 3;
        sw.Restart();
        for (var i = 0; i < 3; i++) StrategyJson.WriteUtf8(strategy);
        var write = sw.Elapsed.TotalMilliseconds / 3;
        Console.WriteLine($"{n,7} actions {bytes.Length / 1024,8} KiB read {read,8:F1} ms write {write,8:F1} ms actions={strategy.Actions.Count}");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
