using Parley.Cli;

return ParleyApp.Run(args, CliEnvironment.FromProcess());
