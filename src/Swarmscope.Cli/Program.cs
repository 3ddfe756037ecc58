using Swarmscope.Cli;

return await CommandRouter.RunAsync(args);
