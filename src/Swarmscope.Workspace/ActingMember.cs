using Swarmscope.Observatory.Model;

namespace Swarmscope.Workspace;

/// <summary>Who asks, where: the signed-in user and their role in the observatory (null when not a member).</summary>
public sealed record ActingMember(int ObservatoryId, string UserId, string UserName, ObservatoryRole? Role);
