// Reads a strategy document and prints a summary: the smallest useful program on top of the library.
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "uzbekistan.strategy.json");
var language = args.Length > 1 ? args[1] : "en";

return StrategyJson.ReadFile(path).Match(
    strategy =>
    {
        Console.WriteLine($"{strategy.Title.Get(language)} ({strategy.Country}), stage {FormatNames.Of(strategy.Stage)}");
        if (strategy.Period is { } period)
        {
            Console.WriteLine($"Period: {FormatRules.FormatDate(period.Start)} to {FormatRules.FormatDate(period.End)}");
        }

        Console.WriteLine($"Stakeholders: {strategy.Stakeholders.Count}, actions: {strategy.Actions.Count}, indicators: {strategy.Indicators.Count}");
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            var directions = strategy.DirectionsOf(pillar).ToList();
            Console.WriteLine($"  {FormatNames.Of(pillar),-8} {directions.Count} direction(s), {strategy.ActionsOf(pillar).Count()} action(s)");
            foreach (var direction in directions)
            {
                Console.WriteLine($"           - {direction.Title.Get(language)}");
            }
        }

        return 0;
    },
    failures =>
    {
        foreach (var failure in failures)
        {
            Console.Error.WriteLine($"{path}:{failure}");
        }

        return 2;
    });
