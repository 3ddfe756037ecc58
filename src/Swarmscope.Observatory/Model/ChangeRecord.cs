namespace Swarmscope.Observatory.Model;

/// <summary>One change of one field of one record: who, when, old and new value (as text). Never updated or
/// deleted; restoring writes a new change.</summary>
public sealed class ChangeRecord
{
    public long Id { get; set; }
    public int? ObservatoryId { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string Field { get; set; } = "";
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public string UserName { get; set; } = "";
    public DateTimeOffset At { get; set; }
    /// <summary>created, updated, deleted or restored.</summary>
    public string Action { get; set; } = "";
}
