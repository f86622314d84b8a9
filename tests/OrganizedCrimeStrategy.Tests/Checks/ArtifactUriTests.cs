using OrganizedCrimeStrategy.Checks.Output;

namespace OrganizedCrimeStrategy.Tests.Checks;

public class ArtifactUriTests
{
    [Theory]
    [InlineData("samples/uzbekistan.strategy.json", "samples/uzbekistan.strategy.json")]
    [InlineData("my plan.json", "my%20plan.json")]
    [InlineData("dir/план.json", "dir/%D0%BF%D0%BB%D0%B0%D0%BD.json")]
    public void A_relative_path_becomes_an_escaped_relative_reference(string path, string expected) =>
        Assert.Equal(expected, SarifReport.ArtifactUri(path));

    [Fact]
    public void An_absolute_path_becomes_a_file_uri() =>
        Assert.Equal("file:///tmp/a%20b.json", SarifReport.ArtifactUri("/tmp/a b.json"));
}
