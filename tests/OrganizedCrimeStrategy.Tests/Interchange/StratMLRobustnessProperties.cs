using System.Xml.Linq;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Tests.Generators;

namespace OrganizedCrimeStrategy.Tests.Interchange;

/// <summary>Documents damaged the way other tools damage them: the import answers, it never throws.</summary>
public class StratMLRobustnessProperties
{
    public static Arbitrary<(Strategy Strategy, StratMLFlavor Flavor, int Element, int Damage, string Text)> Damaged() =>
        Arb.From(
            from strategy in StrategyGenerators.Strategy()
            from flavor in Gen.Elements(Enum.GetValues<StratMLFlavor>())
            from element in Gen.Choose(0, 10_000)
            from damage in Gen.Choose(0, 3)
            from text in Gen.Elements("", " ", "x", "-1", "2025-13-01", "1e5", "ocs:action", "ocs:direction {", "ocs:indicator {\"scale\":[]}", "pillar: pursue", "Outcome", "Lead", "∞")
            select (strategy, flavor, element, damage, text));

    [Property(Arbitrary = [typeof(StratMLRobustnessProperties)], MaxTest = 300)]
    public void Removing_or_rewriting_any_element_never_throws((Strategy Strategy, StratMLFlavor Flavor, int Element, int Damage, string Text) input)
    {
        var document = StratML.Export(input.Strategy, input.Flavor).ToXDocument();
        var elements = document.Root!.Descendants().ToList();
        var target = elements[input.Element % elements.Count];
        switch (input.Damage)
        {
            case 0:
                target.Remove();
                break;
            case 1:
                target.RemoveNodes();
                target.Add(input.Text);
                break;
            case 2:
                target.AddAfterSelf(new XElement(target.Name, input.Text));
                break;
            default:
                target.SetAttributeValue("Type", input.Text);
                target.SetAttributeValue("ValueChainStage", input.Text);
                break;
        }

        // A removed Organization leaves references to no stakeholder: they are kept, as the JSON reader keeps them, and
        // the check reports each (OCS002) without throwing.
        var result = StratML.Import(document.ToString());
        result.Switch(
            imported =>
            {
                var check = OrganizedCrimeStrategy.Checks.RuleSet.Toolkit.Check(imported.Strategy);
                Assert.Equal(
                    imported.Strategy.FindIntegrityProblems().Select(p => p.Pointer).Order(StringComparer.Ordinal),
                    check.Findings.Where(f => f.RuleId is "OCS001" or "OCS002").Select(f => f.Pointer).Order(StringComparer.Ordinal));
            },
            failures => Assert.All(failures, f => Assert.False(string.IsNullOrEmpty(f.Message))));
    }
}
