using Swarmscope.TestSupport;

namespace Swarmscope.Detection.Tests;

/// <summary>A theory that needs a file under ../shared/data; skipped, saying which, when it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relativePath)
    {
        if (!SharedData.Exists(relativePath))
            Skip = $"needs ../shared/data/{relativePath} (real public data kept beside the repository, not in it); absent here";
    }
}
