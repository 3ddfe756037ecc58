namespace Swarmscope.Bench;

/// <summary>The GC setting the `swarmscope` launcher script exports; keep the two in step.</summary>
public static class GcSettings
{
    public const string Gen0SizeVariable = "DOTNET_GCgen0size";
    public const string Gen0Size = "0x4000000";
}
