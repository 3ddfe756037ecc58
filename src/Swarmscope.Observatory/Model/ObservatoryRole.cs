namespace Swarmscope.Observatory.Model;

/// <summary>A member's role in one observatory; each role can do what the ones below it can.</summary>
public enum ObservatoryRole
{
    Viewer = 0,
    Coder = 1,
    Editor = 2,
    Admin = 3,
}
