using System.Globalization;
using Swarmscope.TestSupport;

namespace Swarmscope.Simulation.Tests;

/// <summary>A tiny simulated world, written once and read back with the test CSV reader.</summary>
public sealed class SimulatedWorld : IDisposable
{
    public static readonly SimulationOptions TinyOptions = new() { Seed = 42, Accounts = 600, Posts = 15_000, GroupsPerKind = 2 };

    private readonly TempDirectory _dir = new();
    public SimulationSummary Summary { get; }
    public string Directory => _dir.Path;
    public List<string[]> Posts { get; }
    public List<string[]> Accounts { get; }
    public List<string[]> Truth { get; }

    public SimulatedWorld()
    {
        Summary = new CoordinationSimulator(TinyOptions).WriteTo(_dir.Path);
        Posts = TestCsvReader.Read(File.ReadAllText(_dir.File("posts.csv")));
        Accounts = TestCsvReader.Read(File.ReadAllText(_dir.File("accounts.csv")));
        Truth = TestCsvReader.Read(File.ReadAllText(_dir.File("truth.csv")));
    }

    public static long Time(string iso) =>
        DateTimeOffset.ParseExact(iso, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUnixTimeMilliseconds();

    public void Dispose() => _dir.Dispose();
}
