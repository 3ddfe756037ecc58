using Swarmscope.Bench;

return BenchRouter.Run(args);
