using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Json;
using SharpFuzz;

// One fuzz target per reader (strategies in JSON, StratML documents, settings files). Any exception that escapes is a crash: the readers promise never to throw for bad input.
// A document that reads is also written back and read again, and checked, so the whole path is exercised.
var target = args.Length > 0 ? args[0] : "json";
Action<Stream> run = target switch
{
    "json" => stream =>
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var result = StrategyJson.Read(copy.ToArray());
        if (result.TryPickT0(out var strategy, out _))
        {
            var again = StrategyJson.Read(StrategyJson.WriteUtf8(strategy));
            if (!again.IsT0 || !again.AsT0.Equals(strategy))
            {
                throw new InvalidOperationException("A document that reads did not survive a write and a read.");
            }

            RuleSet.Toolkit.Check(strategy);
        }
    },
    "stratml" => stream =>
    {
        var result = StratML.Import(stream);
        if (result.TryPickT0(out var import, out _))
        {
            RuleSet.Toolkit.Check(import.Strategy);
            StratML.Export(import.Strategy, StratMLFlavor.Part2PerformanceReport);
        }
    },
    "settings" => stream =>
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        if (RuleSettings.Parse(copy.ToArray()).TryPickT0(out var settings, out _))
        {
            RuleSet.Create(settings).Check(OrganizedCrimeStrategy.Model.StrategySkeleton.Create("UZB", "Fuzz"));
        }
    },
    _ => throw new ArgumentException($"Unknown target '{target}': json, stratml or settings."),
};

if (args.Contains("--replay"))
{
    // Runs the target once per file given, outside the fuzzer: to reproduce a crash or smoke-test the harness.
    foreach (var file in args.SkipWhile(a => a != "--replay").Skip(1))
    {
        using var stream = File.OpenRead(file);
        run(stream);
        Console.WriteLine($"ok {file}");
    }

    return;
}

Fuzzer.OutOfProcess.Run(run);
