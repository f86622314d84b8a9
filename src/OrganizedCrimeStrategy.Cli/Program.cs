using OrganizedCrimeStrategy.Cli;

return OcsApp.Run(args, CliConsole.System);
