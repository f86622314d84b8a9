using System.Text.Json;
using OrganizedCrimeStrategy.Tests.Generators;
using OrganizedCrimeStrategy.Tests.Support;

namespace OrganizedCrimeStrategy.Tests.Model;

/// <summary>The index's places and roles agree with the document as written, for any valid strategy.</summary>
public class StrategyIndexProperties
{
    [Property(Arbitrary = [typeof(StrategyGenerators)], MaxTest = 200)]
    public void Every_entry_points_at_its_element_in_the_written_document(Strategy strategy)
    {
        using var document = JsonDocument.Parse(StrategyJson.Write(strategy));
        var root = document.RootElement;

        Assert.Equal(strategy.Directions.SelectMany(d => d.Objectives).SelectMany(o => o.Actions), strategy.Actions.Select(a => a.Action));
        foreach (var entry in strategy.Actions)
        {
            Assert.True(JsonPointers.TryResolve(root, entry.Pointer, out var element), entry.Pointer);
            Assert.Equal(entry.Action.Id, element.GetProperty("id").GetString());
        }

        foreach (var entry in strategy.Indicators)
        {
            Assert.True(JsonPointers.TryResolve(root, entry.Pointer, out var element), entry.Pointer);
            Assert.Equal(entry.Indicator.Id, element.GetProperty("id").GetString());
            Assert.Contains(entry.Indicator, entry.Action?.Indicators ?? entry.Objective.Indicators);
        }
    }

    [Property(Arbitrary = [typeof(StrategyGenerators)], MaxTest = 200)]
    public void Every_reference_points_at_the_id_it_names_and_roles_agree_with_the_references(Strategy strategy)
    {
        using var document = JsonDocument.Parse(StrategyJson.Write(strategy));
        foreach (var reference in strategy.Index.References)
        {
            Assert.True(JsonPointers.TryResolve(document.RootElement, reference.Pointer, out var value), reference.Pointer);
            Assert.Equal(reference.StakeholderId, value.GetString());
            Assert.Contains(reference, strategy.ReferencesTo(reference.StakeholderId));
        }

        foreach (var id in strategy.Stakeholders.Select(s => s.Id).Append("nobody"))
        {
            foreach (var role in Enum.GetValues<StakeholderRole>())
            {
                Assert.Equal(
                    strategy.ReferencesTo(id).Any(r => r.Role == role),
                    strategy.Index.HasRole(id, [role]));
            }
        }
    }

    [Fact]
    public void Threads_asking_for_the_same_part_at_once_get_the_same_part()
    {
        var strategy = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;
        for (var round = 0; round < 20; round++)
        {
            var copy = strategy with { };
            using var start = new Barrier(8);
            var seen = new (object Actions, object Indicators, object References, object Problems)[8];
            var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                var index = copy.Index;
                seen[t] = (index.Actions, index.Indicators, index.References, index.Problems);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.All(seen, s => Assert.Same(seen[0].Actions, s.Actions));
            Assert.All(seen, s => Assert.Same(seen[0].Indicators, s.Indicators));
            Assert.All(seen, s => Assert.Same(seen[0].References, s.References));
            Assert.All(seen, s => Assert.Same(seen[0].Problems, s.Problems));
        }
    }
}
