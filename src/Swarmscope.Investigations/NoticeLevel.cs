namespace Swarmscope.Investigations;

public enum NoticeLevel
{
    Information,
    Warning,
}
