using System.Diagnostics;
using Swarmscope.Reports.Html;

namespace Swarmscope.Investigations;

/// <summary>
/// Writes the investigation report of a stored detection run: one self-contained HTML file (docs/report.md) and its
/// charts as SVG and PNG files beside it. The store is opened read-only; the file and the chart folder are written by
/// <see cref="OutputRule"/> (the charts first, then the HTML renamed into place).
/// </summary>
public sealed class BuildReport : IUseCase<ReportRequest, ReportResult>
{
    public ReportResult Run(ReportRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if ((request.OutFile is null) == (request.Output is null))
            throw new RequestException("a report needs either an output file or an output stream, not both");
        string? chartFolder = null;
        if (request.OutFile is { } target)
        {
            OutputRule.RefuseTarget(target, "report file", request.Database, []);
            chartFolder = HtmlReportWriter.ChartFolderOf(target);
            OutputRule.RefuseFolder(chartFolder, "chart folder", request.Database, []);
        }

        InvestigationReport report;
        long runId;
        long? scoreRunId;
        using (var store = Stores.OpenForReading(request.Database))
        {
            (report, runId, scoreRunId) = Stores.Reading(request.Database, () =>
            {
                var run = StoredRuns.Detection(store, request.Database, request.RunId);
                var built = StoredRunReport.Build(store, request, run, out var scoreRun, cancellationToken);
                return (built, run.RunId, scoreRun);
            });
        }
        foreach (var note in report.Notes) events?.Report(new Notice(NoticeLevel.Information, note));
        cancellationToken.ThrowIfCancellationRequested();

        var rendering = HtmlReportWriter.Prepare(report);
        cancellationToken.ThrowIfCancellationRequested();
        long bytes;
        var charts = 0;
        if (request.Output is { } output)
        {
            var start = output.CanSeek ? output.Position : 0;
            rendering.WriteHtml(output, chartFolder: null);
            bytes = output.CanSeek ? output.Position - start : 0;
        }
        else
        {
            AtomicFolder.Write(chartFolder!, temp => charts = rendering.WriteCharts(temp));
            using (var file = AtomicFile.Create(request.OutFile!))
            {
                rendering.WriteHtml(file.Stream, Path.GetFileName(chartFolder));
                file.Commit();
            }
            bytes = new FileInfo(request.OutFile!).Length;
        }
        return new ReportResult(runId, scoreRunId, request.OutFile is null ? null : Path.GetFullPath(request.OutFile), chartFolder, charts, bytes,
            report.Clusters.Count, report.ClustersOmitted, report.Accounts.Count, report.Edges.Count, report.EdgesOmitted, report.Posts.Count,
            report.Notes, clock.Elapsed.TotalSeconds);
    }
}
