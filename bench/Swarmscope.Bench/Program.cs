using System.Diagnostics;
using Swarmscope.Bench;

// Measure what users of the `swarmscope` launcher get: run again with its runtime settings when they are missing.
if (Environment.GetEnvironmentVariable(RuntimeEnvironment.Variables[0].Name) is null && Environment.ProcessPath is { } self)
{
    var start = new ProcessStartInfo(self) { UseShellExecute = false };
    if (Path.GetFileName(self) is not ("Swarmscope.Bench" or "Swarmscope.Bench.exe"))
        start.ArgumentList.Add(typeof(RuntimeEnvironment).Assembly.Location); // started as `dotnet Swarmscope.Bench.dll`
    foreach (var a in args) start.ArgumentList.Add(a);
    foreach (var (name, value) in RuntimeEnvironment.Variables) start.Environment[name] = value;
    using var child = Process.Start(start)!;
    child.WaitForExit();
    return child.ExitCode;
}
return BenchRouter.Run(args);
