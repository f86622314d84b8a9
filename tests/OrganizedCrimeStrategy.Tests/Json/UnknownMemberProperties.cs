using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrganizedCrimeStrategy.Tests.Generators;

namespace OrganizedCrimeStrategy.Tests.Json;

public class UnknownMemberProperties
{
    /// <summary>Members whose value is a Text: inside those, an object's keys are languages, not members.</summary>
    private static readonly HashSet<string> TextMembers =
        ["title", "name", "vision", "summary", "description", "dataSource", "note", "channel", "purpose", "instrument"];

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Adds an unknown member, with a nested value, at the end of every object of the format.</summary>
    private static int Inject(JsonNode? node, ref int counter)
    {
        var injected = 0;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (!(TextMembers.Contains(name) && value is JsonObject))
                    {
                        injected += Inject(value, ref counter);
                    }
                }

                counter++;
                obj[$"x-probe-{counter}"] = new JsonObject { ["n"] = counter, ["list"] = new JsonArray(1.50m, "два", null, true) };
                injected++;
                break;
            case JsonArray array:
                var parent = array.Parent as JsonObject;
                var isTextList = parent is not null && parent.TryGetPropertyValue("sources", out var sources) && ReferenceEquals(sources, array);
                foreach (var item in array)
                {
                    if (!isTextList)
                    {
                        injected += Inject(item, ref counter);
                    }
                }

                break;
        }

        return injected;
    }

    [Property(Arbitrary = [typeof(StrategyGenerators)], MaxTest = 200)]
    public void Unknown_members_survive_a_round_trip_at_every_level(OrganizedCrimeStrategy.Model.Strategy strategy)
    {
        var node = JsonNode.Parse(StrategyJson.Write(strategy))!;
        var counter = 0;
        var injected = Inject(node, ref counter);
        var document = node.ToJsonString(Compact);

        var read = StrategyJson.Read(document).Match(s => s, f => throw new Xunit.Sdk.XunitException(f.ToString()));
        var rewritten = StrategyJson.Write(read, new StrategyWriteOptions { Indented = false });

        // At least the root: a generated strategy may have no stakeholders, directions or optional parts at all.
        Assert.True(injected >= 1);
        Assert.Equal(document, rewritten);
    }

    [Fact]
    public void Unknown_members_survive_at_every_level_of_the_sample()
    {
        var node = JsonNode.Parse(File.ReadAllText(Samples.Uzbekistan))!;
        var counter = 0;
        var injected = Inject(node, ref counter);
        var document = node.ToJsonString(Compact);
        var read = StrategyJson.Read(document).Match(s => s, f => throw new Xunit.Sdk.XunitException(f.ToString()));
        // Every stakeholder, direction, action and indicator got one, and more objects besides (measurements, values...).
        Assert.True(injected > read.Stakeholders.Count + read.Directions.Count + read.Actions.Count + read.Indicators.Count);
        Assert.Equal(document, StrategyJson.Write(read, new StrategyWriteOptions { Indented = false }));
    }
}
