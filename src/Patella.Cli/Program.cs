using Patella.Cli;
using Patella.Cli.Infrastructure;

return PatellaCli.Run(args, CliEnvironment.FromProcess());
