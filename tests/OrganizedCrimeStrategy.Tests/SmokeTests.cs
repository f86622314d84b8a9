

namespace OrganizedCrimeStrategy.Tests;
public class SmokeTests { [Property] public bool P(int x) => x + 0 == x; [Fact] public void F() => Assert.True(true); }
