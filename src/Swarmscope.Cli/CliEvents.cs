using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>Shows a use case's notices on standard error (information only when not --quiet); other events go to <paramref name="next"/>.</summary>
public sealed class CliEvents(bool quiet, Action<InvestigationEvent>? next = null) : IProgress<InvestigationEvent>
{
    public void Report(InvestigationEvent value)
    {
        switch (value)
        {
            case Notice { Level: NoticeLevel.Warning } warning:
                Terminal.Warning(warning.Text);
                break;
            case Notice info:
                if (!quiet) Terminal.Info(info.Text);
                break;
            default:
                next?.Invoke(value);
                break;
        }
    }
}
