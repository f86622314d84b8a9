// The namespaces the README example imports; ReadmeTests checks that the README names exactly these.
global using OrganizedCrimeStrategy.Checks;
global using OrganizedCrimeStrategy.Json;
global using OrganizedCrimeStrategy.Model;
