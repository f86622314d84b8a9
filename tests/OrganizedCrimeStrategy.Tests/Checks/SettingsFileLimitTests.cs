using OrganizedCrimeStrategy.Checks;

namespace OrganizedCrimeStrategy.Tests.Checks;

public class SettingsFileLimitTests
{
    [Fact]
    public void A_settings_file_over_one_mebibyte_is_refused_unread()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ocs-settings-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, "{\"extends\": \"toolkit\", \"x\": \"" + new string('a', (int)RuleSettings.MaxFileBytes) + "\"}");
            var error = Assert.Single(RuleSettings.Load(path).AsT1);
            Assert.Equal(DiagnosticCode.TooLarge, error.Code);
            Assert.Contains("1,048,576 bytes (RuleSettings.MaxFileBytes)", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
