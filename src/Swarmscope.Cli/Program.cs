using Swarmscope.Cli;

return CliApp.Run(args);
