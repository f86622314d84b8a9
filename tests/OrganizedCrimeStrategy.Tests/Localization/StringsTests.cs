using System.Text.Json;
using System.Text.RegularExpressions;
using OrganizedCrimeStrategy.Checks.Messages;

namespace OrganizedCrimeStrategy.Tests.Localization;

/// <summary>
/// Every string of every area in one file per language: the same keys in every language, each with the same
/// placeholders, and no message of a diagnostic area left inline in the code.
/// </summary>
public class StringsTests
{
    private static readonly string Folder = Path.Combine(Samples.RepositoryRoot, "src", "OrganizedCrimeStrategy", "Localization", "Strings");

    private static Dictionary<string, string> Load(string language)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, language + ".json")));
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    public static TheoryData<string> OtherLanguages => new(
        Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Where(l => l != "en")!);

    [Fact]
    public void English_and_Russian_are_the_languages_and_each_area_is_there()
    {
        Assert.Equal(["en.json", "ru.json"], Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var areas = Load("en").Keys.Select(k => k[..k.IndexOf('.', StringComparison.Ordinal)]).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["element", "file", "import", "measurement", "read", "report", "rule", "settings"], areas);
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_language_has_every_key_of_English_with_the_same_placeholders(string language)
    {
        var english = Load("en");
        var other = Load(language);

        Assert.Empty(english.Keys.Except(other.Keys));
        Assert.Empty(other.Keys.Except(english.Keys));
        foreach (var (key, template) in english)
        {
            Assert.True(
                MessageFormatter.Placeholders(template).Order(StringComparer.Ordinal).SequenceEqual(MessageFormatter.Placeholders(other[key]).Order(StringComparer.Ordinal)),
                $"{language}: '{key}' has other placeholders than in English.");
            Assert.False(string.IsNullOrEmpty(other[key]), key); // white space is a value (ru's digit-group separator is U+00A0)
        }
    }

    [Fact]
    public void Every_key_of_every_area_the_code_names_exists_in_English()
    {
        // The classes that reach an area's strings name their keys as literals: each must be in the English file.
        var english = Load("en");
        var source = Path.Combine(Samples.RepositoryRoot, "src", "OrganizedCrimeStrategy");
        foreach (var (file, area) in new[]
        {
            ("Json/ReadMessages.cs", "read"), ("Checks/SettingsMessages.cs", "settings"), ("Interchange/ImportMessages.cs", "import"),
            ("Monitoring/MeasurementMessages.cs", "measurement"), ("Localization/ElementNames.cs", "element"),
        })
        {
            var keys = Regex.Matches(File.ReadAllText(Path.Combine(source, file)), @"(?:Format\(|=>\s*)""([A-Za-z.]+)""").Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(keys);
            foreach (var key in keys.Where(k => !k.EndsWith('.')))
            {
                Assert.True(english.ContainsKey($"{area}.{key}"), $"{file} names '{area}.{key}', which en.json lacks.");
            }
        }

        foreach (var expected in new[] { "period", "action", "consultation" })
        {
            Assert.Contains($"read.{expected}End", english.Keys);
        }
    }

    [Theory]
    [InlineData("Json/StrategyReader.cs")]
    [InlineData("Json/StrategyReader.Objects.cs")]
    [InlineData("Json/StrategyJson.cs")]
    [InlineData("Checks/SettingsReader.cs")]
    [InlineData("Checks/RuleSettings.cs")]
    [InlineData("Interchange/SecureXml.cs")]
    [InlineData("Monitoring/StrategyMeasurements.cs")]
    public void No_message_of_a_diagnostic_area_is_written_inline(string file)
    {
        // A sentence literal ("The member ...", $"'{x}' is not ...") would be a message out of the strings files.
        // Exceptions are for programming errors and stay in English where they are thrown; comments are not messages.
        var code = string.Join('\n', File.ReadAllLines(Path.Combine(Samples.RepositoryRoot, "src", "OrganizedCrimeStrategy", file))
            .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal) && !line.Contains("Exception(", StringComparison.Ordinal)));
        var sentences = Regex.Matches(code, @"\$?""[^""\n]*\b[a-z]+ [a-z]+ [a-z]+[^""\n]*""").Select(m => m.Value)
            .ToList();
        Assert.True(sentences.Count == 0, string.Join("\n", sentences));
    }
}
