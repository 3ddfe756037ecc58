namespace Swarmscope.Bench;

/// <summary>
/// Runtime settings the `swarmscope` launcher script exports (see the script for why); the runtime reads them only
/// from the environment, so the benchmark runs itself again with them. Keep the two in step.
/// </summary>
public static class RuntimeEnvironment
{
    public static readonly (string Name, string Value)[] Variables =
    [
        ("DOTNET_GCgen0size", "0x4000000"),
        ("DOTNET_TC_CallCountingDelayMs", "0"),
    ];
}
