using System.Diagnostics;
using Swarmscope.Bench;

// The `swarmscope` launcher sets a 64 MB gen0 budget (see the script for why); the GC reads it only from the
// environment, so the benchmark runs itself again with the same setting to measure what users get.
if (Environment.GetEnvironmentVariable(GcSettings.Gen0SizeVariable) is null && Environment.ProcessPath is { } self)
{
    var start = new ProcessStartInfo(self) { UseShellExecute = false };
    if (Path.GetFileName(self) is not ("Swarmscope.Bench" or "Swarmscope.Bench.exe"))
        start.ArgumentList.Add(typeof(GcSettings).Assembly.Location); // started as `dotnet Swarmscope.Bench.dll`
    foreach (var a in args) start.ArgumentList.Add(a);
    start.Environment[GcSettings.Gen0SizeVariable] = GcSettings.Gen0Size;
    using var child = Process.Start(start)!;
    child.WaitForExit();
    return child.ExitCode;
}
return BenchRouter.Run(args);
