using System.Diagnostics;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Swarmscope.Cli.Tests;

/// <summary>What a `swarmscope` process did: exit code, standard output and standard error, each on its own.</summary>
internal sealed record CliResult(int Exit, string Out, string Err)
{
    /// <summary>Both streams, for assertions that do not care where a line went.</summary>
    public string Output => Out + Err;

    public void Deconstruct(out int exit, out string output) => (exit, output) = (Exit, Output);
}

/// <summary>Runs the CLI as a child process, as a user or a script does, with its two output streams captured apart.</summary>
internal static class CliRun
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "swarmscope.dll");

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var dotnet = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        return start;
    }

    public static CliResult Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Runs with <paramref name="input"/> written to standard input (a pipe), then closed.</summary>
    public static CliResult RunWithInput(string? input, params string[] args)
    {
        using var child = Process.Start(StartInfo(args))!;
        if (input is not null)
        {
            var stdin = child.StandardInput.BaseStream;
            var bytes = System.Text.Encoding.UTF8.GetBytes(input);
            try { stdin.Write(bytes); }
            catch (IOException) { /* the command refused before reading it all */ }
        }
        try { child.StandardInput.Close(); }
        catch (IOException) { }
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        if (!child.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            child.Kill(entireProcessTree: true);
            throw new TimeoutException("swarmscope " + string.Join(' ', args) + " did not finish in 5 minutes");
        }
        return new CliResult(child.ExitCode, stdout.Result, stderr.Result);
    }
}
