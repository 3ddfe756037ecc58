namespace Swarmscope.Bench;

/// <summary>
/// Runtime settings the `swarmscope` launcher script exports (see the script for why); the .NET runtime and DuckDB's
/// allocator read them only from the environment, so the benchmark runs itself again with them. Keep the two in step.
/// </summary>
public static class RuntimeEnvironment
{
    public static readonly (string Name, string Value)[] Variables =
    [
        ("DOTNET_GCgen0size", "0x4000000"),
        ("DOTNET_TC_CallCountingDelayMs", "0"),
        ("DUCKDB_JE_MALLOC_CONF", "dirty_decay_ms:30000,muzzy_decay_ms:30000"),
    ];
}
