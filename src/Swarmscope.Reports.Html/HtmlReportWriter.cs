using System.Globalization;
using System.Text;

namespace Swarmscope.Reports.Html;

/// <summary>
/// Writes an <see cref="InvestigationReport"/> as one self-contained HTML file: every table is plain HTML (readable
/// without scripts or WebGL, printable), the network and the account panel are added by the embedded bundle from a
/// JSON data island. A Content-Security-Policy allows only the report's own inline script and style (by hash) and no
/// network access, so even text that escaped escaping could not run or phone home. Charts are inline SVG and, with
/// <see cref="WriteFiles"/>, also SVG and PNG files in a folder beside the report.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes the report and its charts beside it (folder "NAME-charts"); returns the chart folder.</summary>
    public static string WriteFiles(InvestigationReport report, string htmlPath, HtmlReportOptions? options = null)
    {
        var full = Path.GetFullPath(htmlPath);
        var chartDir = ChartFolderOf(full);
        var rendering = Prepare(report, options);
        var temp = full + ".tmp";
        using (var s = File.Create(temp)) rendering.WriteHtml(s, Path.GetFileName(chartDir));
        File.Move(temp, full, overwrite: true);
        Directory.CreateDirectory(chartDir);
        rendering.WriteCharts(chartDir);
        return chartDir;
    }

    /// <summary>The folder of a report's chart files: "report-charts" beside "report.html".</summary>
    public static string ChartFolderOf(string htmlPath)
    {
        var full = Path.GetFullPath(htmlPath);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + "-charts");
    }

    /// <summary>Writes the HTML alone (charts inline), e.g. for the web workspace to serve.</summary>
    public static void Write(InvestigationReport report, Stream output, HtmlReportOptions? options = null) =>
        Prepare(report, options).WriteHtml(output, chartFolder: null);

    /// <summary>Lays the network out and draws the charts once, for the HTML and the chart files alike.</summary>
    public static Rendering Prepare(InvestigationReport report, HtmlReportOptions? options = null)
    {
        options ??= new HtmlReportOptions();
        var picture = new NetworkPicture(report, options.LayoutSeed);
        return new Rendering(report, picture, new ReportCharts(report, picture, options.MaxClusterCharts));
    }

    /// <summary>A report with its layout and charts computed, ready to be written as HTML and as chart files.</summary>
    public sealed class Rendering
    {
        private readonly InvestigationReport _report;
        private readonly NetworkPicture _picture;
        private readonly ReportCharts _charts;

        internal Rendering(InvestigationReport report, NetworkPicture picture, ReportCharts charts) =>
            (_report, _picture, _charts) = (report, picture, charts);

        /// <summary>The HTML; <paramref name="chartFolder"/> is the chart folder's name as captions mention it (null: none written).</summary>
        public void WriteHtml(Stream output, string? chartFolder)
        {
            var w = new StreamWriter(output, Utf8, 1 << 16) { NewLine = "\n" };
            var page = new ReportPage(_report, w, _charts, chartFolder);
            page.Head();
            page.Overview();
            page.Network();
            page.Clusters();
            page.NarrativeSections();
            page.Methods();
            page.Licences();
            page.AccountPanel();
            w.Write("<script type=\"application/json\" id=\"report-data\">");
            w.Flush();
            ReportDataJson.Write(_report, _picture, output);
            w.Write("</script>\n<script>");
            w.Write(ReportAssets.Script);
            w.Write("</script>\n</body>\n</html>\n");
            w.Flush();
        }

        /// <summary>Every chart as NAME.svg and NAME.png into an existing folder; returns how many charts.</summary>
        public int WriteCharts(string folder)
        {
            var n = 0;
            foreach (var (stem, chart) in _charts.Files())
            {
                File.WriteAllText(Path.Combine(folder, stem + ".svg"), SvgChartCanvas.Document(chart), Utf8);
                File.WriteAllBytes(Path.Combine(folder, stem + ".png"), SkiaChartCanvas.RenderPng(chart));
                n++;
            }
            return n;
        }
    }

    /// <summary>One report being written: the sections in page order.</summary>
    private sealed class ReportPage(InvestigationReport r, StreamWriter w, ReportCharts charts, string? chartFolder)
    {
        private string E(string? s) => HtmlText.Escape(s);
        private static string Num(long v) => v.ToString("N0", CultureInfo.InvariantCulture);
        private static string Num(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);
        private string Zone => ReportCharts.ZoneLabel(r.TimeZone);

        private string Local(DateTimeOffset? t, bool seconds = true)
        {
            if (t is null) return "";
            return seconds ? ReportDataJson.LocalTime(t.Value, r.TimeZone) : TimeZoneInfo.ConvertTime(t.Value, r.TimeZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        private string Time(DateTimeOffset? t) =>
            t is null ? "" : $"<time datetime=\"{t.Value.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}\">{E(Local(t))}</time>";

        public static string PValue(double q) => q <= 0 ? "< 1e-300" : q < 0.001 ? q.ToString("0.0e+0", CultureInfo.InvariantCulture) : q.ToString("0.####", CultureInfo.InvariantCulture);

        private static string Dt(double? seconds)
        {
            if (seconds is not { } s) return "";
            s = Math.Abs(s);
            return s < 1 ? $"{Math.Round(s * 1000)} ms" : s < 120 ? $"{Num(s, "0.#")} s" : s < 7200 ? $"{Num(s / 60, "0.#")} min" : $"{Num(s / 3600, "0.#")} h";
        }

        private string ClusterName(int rank) => $"Cluster {rank + 1}";

        // An SVG dot: its fill is a presentation attribute, which the policy allows (style attributes it does not).
        private static string Swatch(int rank) =>
            $"<svg class=\"swatch\" width=\"11\" height=\"11\" aria-hidden=\"true\"><circle cx=\"5.5\" cy=\"5.5\" r=\"5.5\" fill=\"{ChartPalette.Category(rank)}\"/></svg>";

        public void Head()
        {
            var style = ReportAssets.Style;
            var csp = $"default-src 'none'; script-src {ReportAssets.CspHash(ReportAssets.Script)}; style-src {ReportAssets.CspHash(style)}; font-src data:; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'";
            w.Write($"""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="{E(csp)}">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="generator" content="Swarmscope {E(r.SoftwareVersion)}">
                <meta name="referrer" content="no-referrer">
                <title>{E(r.Title)}</title>
                <style>{style}</style>
                </head>
                <body data-ready="0">
                <header class="report-head">
                <h1>{E(r.Title)}</h1>
                <div class="meta">Generated {E(Local(r.GeneratedAt))} by Swarmscope {E(r.SoftwareVersion)} · times in {E(Zone)}{(r.Pseudonymized ? " · pseudonymised for publication" : "")}</div>
                <nav><a href="#overview">Overview</a><a href="#network-section">Network</a><a href="#clusters">Clusters</a>{(r.Narratives.Count > 0 ? "<a href=\"#narratives\">Narratives</a>" : "")}<a href="#methods">Methods and limits</a><a href="#licences">Software and licences</a></nav>
                </header>
                <main>

                """);
        }

        public void Overview()
        {
            var d = r.Data;
            var flagged = r.Accounts.Count;
            w.Write("<section id=\"overview\"><h2>Overview</h2>\n");
            var alpha = r.Significance is { } sig ? $" at a tolerated share of {Num(sig.Alpha * 100, "0.##")}% falsely flagged accounts" : "";
            w.Write(r.Clusters.Count == 0
                ? "<p class=\"lead\">No group of accounts acted together more often than chance allows in this run. That is a finding too: it says the data holds no coordination the detector can tell from coincidence at its settings.</p>\n"
                : $"<p class=\"lead\"><b>{Num(flagged)}</b> of {Num(d.Accounts)} accounts form <b>{Num(r.Clusters.Count + r.ClustersOmitted)}</b> groups that acted together — on the same posts, links, hashtags, texts or targets, within minutes — more often than a null model of independent accounts allows{E(alpha)}. Each group below lists the behaviours that link it, its members and the posts that show it.</p>\n");
            w.Write("<p class=\"warning\">Coordination is not proof of inauthenticity: campaigns of real people coordinate too. Read the evidence posts, the account signals and the limits at the end before drawing a conclusion, and publish findings about networks with their evidence, not scores of individuals.</p>\n");
            if (r.Pseudonymized)
                w.Write("<p class=\"note\">Handles of accounts that are not in any finding are replaced by stable pseudonyms (<code>acct-…</code>); links to their posts are left out.</p>\n");
            foreach (var note in r.Notes) w.Write($"<p class=\"note\">{E(note)}</p>\n");

            w.Write("<h3>The data</h3>\n<table class=\"facts-table\"><tbody>\n");
            w.Write($"<tr><th>posts</th><td class=\"num\">{Num(d.Posts)}</td></tr>\n<tr><th>accounts</th><td class=\"num\">{Num(d.Accounts)}</td></tr>\n");
            w.Write($"<tr><th>period</th><td>{Time(d.FirstPost)} — {Time(d.LastPost)}</td></tr>\n");
            w.Write($"<tr><th>platforms</th><td>{E(string.Join(", ", d.Platforms.Select(p => $"{p.Platform} ({Num(p.Posts)} posts)")))}</td></tr>\n");
            w.Write("</tbody></table>\n");
            if (d.Imports.Count > 0)
            {
                w.Write("<h4>Where it came from</h4>\n<div class=\"table-wrap\"><table id=\"imports-table\"><thead><tr><th>file</th><th>format</th><th class=\"num\">records imported</th><th class=\"num\">rejected</th><th>imported</th><th>SHA-256 of the file</th></tr></thead><tbody>\n");
                foreach (var i in d.Imports)
                    w.Write($"<tr><td><code>{E(i.File)}</code></td><td>{E(i.Format)}</td><td class=\"num\">{Num(i.RecordsImported)}</td><td class=\"num\">{Num(i.RecordsRejected)}</td><td>{Time(i.ImportedAt)}</td><td><code>{E(i.Sha256)}</code></td></tr>\n");
                w.Write("</tbody></table></div>\n");
            }
            if (r.Runs.Count > 0)
            {
                w.Write("<h3>Analyses and their settings</h3>\n<div class=\"table-wrap\"><table id=\"runs-table\"><thead><tr><th>run</th><th>analysis</th><th>when</th><th>settings</th><th>result</th></tr></thead><tbody>\n");
                foreach (var run in r.Runs)
                    w.Write($"<tr><td><code>{E(run.Id)}</code></td><td>{E(run.Kind)}</td><td>{Time(run.CreatedAt)}</td><td>{string.Join(" ", run.Settings.Select(s => $"<span class=\"tag\">{E(s.Name)} = {E(s.Value)}</span>"))}</td><td>{E(run.Summary)}</td></tr>\n");
                w.Write("</tbody></table></div>\n");
            }
            w.Write("""
                <h3>How to read this report</h3>
                <ol>
                <li><b>Clusters</b> are ranked by the weight of their evidence: the sum over the links inside a cluster of −log<sub>10</sub> q, where q is a link's false-discovery-adjusted p-value. A large, tightly linked group with many improbable coincidences comes first.</li>
                <li>Each card starts with the <b>indicators</b>: which behaviours link the members, how many objects (posts, links, hashtags, texts) they shared, how far apart in time, and how many such coincidences chance would produce.</li>
                <li>The <b>evidence</b> shows pairs of posts side by side — two accounts acting on the same object seconds or minutes apart — with their times and links to the originals, so every claim can be checked.</li>
                <li>The <b>timeline</b> and the <b>weekday × hour</b> heat map show when the group posted; office hours in the operators' zone, night shifts or a farm switched off and on again show up there.</li>
                <li><b>Account scores</b> are leads for review, built from signals such as empty profiles, name-plus-digits handles, creation bursts and clockwork rhythms. Each comes with its reasons; none is a verdict.</li>
                <li>In the <b>network</b>, click an account (or any account name in a table) to see its own evidence.</li>
                </ol>
                </section>

                """);
        }

        public void Network()
        {
            w.Write("<section id=\"network-section\"><h2>Network of coordinated accounts</h2>\n");
            w.Write("<p class=\"note\">Each dot is an account; a line joins two accounts whose co-action passed the significance filter. Colours are clusters. Positions come from a ForceAtlas2 layout computed when the report was written, so the picture is the same for every reader.</p>\n");
            if (r.EdgesOmitted > 0)
                w.Write($"<p class=\"note\">{Num(r.EdgesOmitted)} of the weakest links are left out of the drawing to keep the report small; every cluster's links are counted in its card.</p>\n");
            w.Write("<div class=\"controls\"><label>Cluster <select id=\"cluster-select\"><option value=\"-1\">all clusters</option>");
            for (var i = 0; i < r.Clusters.Count; i++)
                w.Write($"<option value=\"{i}\">{E(ClusterName(i))} ({Num(r.Clusters[i].Members.Count)} accounts)</option>");
            w.Write("</select></label> <label>Find an account <input id=\"account-search\" type=\"search\" placeholder=\"handle\" autocomplete=\"off\"></label>");
            w.Write(" <button type=\"button\" id=\"zoom-in\">zoom in</button><button type=\"button\" id=\"zoom-out\">zoom out</button><button type=\"button\" id=\"zoom-reset\">reset</button></div>\n");
            w.Write("<div id=\"network\" aria-label=\"interactive network of coordinated accounts\"></div>\n<p id=\"network-status\">The interactive network needs scripts and WebGL.");
            if (chartFolder is not null) w.Write($" A static picture is in <code>{E(chartFolder)}/network.svg</code> and <code>network.png</code>.");
            w.Write("</p>\n</section>\n\n");
        }

        public void Clusters()
        {
            w.Write("<section id=\"clusters\"><h2>Clusters, strongest evidence first</h2>\n");
            if (r.Clusters.Count == 0) { w.Write("<p>No clusters.</p></section>\n"); return; }
            w.Write("<div class=\"table-wrap\"><table id=\"cluster-ranking\"><thead><tr><th class=\"num\">rank</th><th>cluster</th><th class=\"num\">accounts</th><th class=\"num\">evidence weight</th><th class=\"num\">strongest q</th><th>behaviours</th><th class=\"num\">farm likelihood</th><th>active</th></tr></thead><tbody>\n");
            for (var i = 0; i < r.Clusters.Count; i++)
            {
                var c = r.Clusters[i];
                var behaviours = string.Join(", ", c.Indicators.Select(x => BehaviourGlossary.Short(x.Behaviour)));
                w.Write($"<tr><td class=\"num\">{i + 1}</td><td>{Swatch(i)}<a href=\"#cluster-{i + 1}\">{E(ClusterName(i))}</a></td><td class=\"num\">{Num(c.Members.Count)}</td><td class=\"num\">{Num(c.EvidenceStrength, "N0")}</td><td class=\"num\">{PValue(c.MinQValue)}</td><td>{E(behaviours)}</td><td class=\"num\">{(c.FarmLikelihood is { } f ? Num(f, "0.00") : "—")}</td><td>{E(Local(c.FirstPost, false))} — {E(Local(c.LastPost, false))}</td></tr>\n");
            }
            w.Write("</tbody></table></div>\n");
            if (r.ClustersOmitted > 0)
                w.Write($"<p class=\"note\">{Num(r.ClustersOmitted)} further, weaker clusters are not shown in this report; the run's stored findings and <code>swarmscope detect</code>'s files list them all.</p>\n");
            for (var i = 0; i < r.Clusters.Count; i++) ClusterCard(i, r.Clusters[i]);
            w.Write("</section>\n\n");
        }

        private void ClusterCard(int rank, ReportCluster c)
        {
            w.Write($"<article class=\"cluster-card\" id=\"cluster-{rank + 1}\" data-cluster=\"{rank}\">\n");
            w.Write($"<h3>{Swatch(rank)}{E(ClusterName(rank))} <span class=\"note\">{Num(c.Members.Count)} accounts · {Num(c.InternalEdges)} links (density {Num(c.Density, "0.00")}) · stored id <code>{E(c.Id)}</code></span></h3>\n");

            w.Write("<h4>Indicators</h4>\n<div class=\"indicators\">\n");
            foreach (var x in c.Indicators)
            {
                var speed = x.MedianDtSeconds is { } dt ? $", typically {Dt(dt)} apart" : "";
                w.Write($"<div class=\"indicator\"><b>{E(BehaviourGlossary.Short(x.Behaviour))}</b>{Num(x.Links)} member pairs {E(BehaviourGlossary.Meaning(x.Behaviour))}: {Num(x.SharedObjects)} shared objects{E(speed)}; chance expects {Num(x.Expected, x.Expected < 10 ? "0.###" : "N0")}; strongest q = {PValue(x.MinQValue)}</div>\n");
            }
            if (c.FarmLikelihood is { } farm)
                w.Write($"<div class=\"indicator\"><b>farm likelihood {Num(farm, "0.00")}</b>{E(c.FarmReasons ?? "")}</div>\n");
            w.Write($"<div class=\"indicator\"><b>activity</b>{Num(c.Posts)} posts by members, {Time(c.FirstPost)} — {Time(c.LastPost)}</div>\n");
            w.Write("</div>\n");

            if (charts.Clusters.TryGetValue(rank, out var ch))
            {
                w.Write("<div class=\"charts\">");
                Figure(ch.Timeline, $"cluster-{rank + 1}-timeline");
                Figure(ch.HeatMap, $"cluster-{rank + 1}-heatmap");
                if (ch.Stance is not null) Figure(ch.Stance, $"cluster-{rank + 1}-stance");
                w.Write("</div>\n");
            }

            if (c.Periods.Count > 0)
            {
                w.Write("<h4>Active and dormant periods</h4>\n<table class=\"periods\"><thead><tr><th>from</th><th>to</th><th>state</th><th class=\"num\">posts</th></tr></thead><tbody>\n");
                foreach (var p in c.Periods)
                    w.Write($"<tr><td>{Time(p.Start)}</td><td>{Time(p.End)}</td><td>{(p.Active ? "active" : "dormant")}</td><td class=\"num\">{Num(p.Posts)}</td></tr>\n");
                w.Write("</tbody></table>\n");
            }
            if (c.Templates.Count > 0)
            {
                w.Write("<h4>Top templates (texts posted by several members)</h4>\n<table class=\"templates\"><thead><tr><th>text</th><th class=\"num\">members</th></tr></thead><tbody>\n");
                foreach (var (text, members) in c.Templates)
                    w.Write($"<tr><td class=\"post-text\">{E(text)}</td><td class=\"num\">{Num(members)}</td></tr>\n");
                w.Write("</tbody></table>\n");
            }
            if (c.Targets.Count > 0)
            {
                w.Write("<h4>Top targets (accounts replied to or mentioned)</h4>\n<table class=\"targets\"><thead><tr><th>account</th><th class=\"num\">members</th></tr></thead><tbody>\n");
                foreach (var (target, members) in c.Targets)
                    w.Write($"<tr><td class=\"handle\">{E(target)}</td><td class=\"num\">{Num(members)}</td></tr>\n");
                w.Write("</tbody></table>\n");
            }
            if (c.TopObjects.Count > 0)
            {
                w.Write("<h4>What they acted on together</h4>\n<table class=\"objects\"><thead><tr><th>behaviour</th><th>object</th><th class=\"num\">members</th></tr></thead><tbody>\n");
                foreach (var (b, o, members) in c.TopObjects)
                    w.Write($"<tr><td>{E(BehaviourGlossary.Short(b))}</td><td><code class=\"object\">{E(HtmlText.Shorten(o, 200))}</code></td><td class=\"num\">{Num(members)}</td></tr>\n");
                w.Write("</tbody></table>\n");
            }

            Members(rank, c);
            Evidence(c);
            w.Write("</article>\n");
        }

        private void Figure(IChart chart, string stem)
        {
            w.Write("<figure>");
            w.Write(SvgChartCanvas.Render(chart));
            if (chartFolder is not null) w.Write($"<figcaption>Also <code>{E(chartFolder)}/{E(stem)}.svg</code> and <code>.png</code></figcaption>");
            w.Write("</figure>");
        }

        private void Members(int rank, ReportCluster c)
        {
            var open = c.Members.Count <= 40 ? " open" : "";
            w.Write($"<details class=\"members\"{open}><summary>Members ({Num(c.Members.Count)}), strongest first, with their account scores</summary>\n");
            w.Write($"<div class=\"table-wrap\"><table class=\"members-table\" id=\"members-{rank + 1}\"><thead><tr><th>account</th><th>platform</th><th class=\"num\">links</th><th class=\"num\">score</th><th>reasons</th><th></th></tr></thead><tbody>\n");
            foreach (var m in c.Members)
            {
                var a = r.Accounts[m];
                var score = a.Score is { } s ? Num(s, "0.00") : "—";
                var reasons = a.Reasons.Count == 0 ? "" : string.Join("; ", a.Reasons.Select(E));
                w.Write($"<tr data-member=\"{m}\"><td class=\"handle\">{E(a.Label)}</td><td>{E(a.Platform)}</td><td class=\"num\">{Num(a.Degree)}</td><td class=\"num\">{score}</td><td>{reasons}</td><td><button type=\"button\" class=\"linkish\" data-account=\"{m}\">evidence</button></td></tr>\n");
            }
            w.Write("</tbody></table></div></details>\n");
        }

        private void Evidence(ReportCluster c)
        {
            w.Write($"<h4>Evidence: {Num(c.Evidence.Count)} of {Num(c.EvidenceTotal)} post pairs</h4>\n<div class=\"evidence\">\n");
            foreach (var e in c.Evidence)
            {
                w.Write($"<div class=\"pair\"><div class=\"pair-head\">{E(BehaviourGlossary.Short(e.Behaviour))} on <code class=\"object\">{E(HtmlText.Shorten(e.Object, 200))}</code> · Δt {Dt(e.DtSeconds)}</div><div class=\"side-by-side\">");
                Post(e.PostA);
                Post(e.PostB);
                w.Write("</div></div>\n");
            }
            w.Write("</div>\n");
        }

        private void Post(int index)
        {
            var p = r.Posts[index];
            w.Write("<div class=\"post\"><div class=\"post-head\">");
            var cluster = p.Account >= 0 ? r.Accounts[p.Account].Cluster : -1;
            if (p.Account >= 0) w.Write($"<a class=\"handle\" href=\"#cluster-{cluster + 1}\" data-account=\"{p.Account}\">{E(p.AccountLabel)}</a>");
            else w.Write($"<span class=\"handle\">{E(p.AccountLabel)}</span>");
            w.Write($" · {Time(p.Time)} · {E(p.Kind)}</div><div class=\"post-text\">{(p.Text is null ? "(no text)" : E(p.Text))}</div><div class=\"post-foot\">");
            if (p.Url is not null) w.Write($"<a href=\"{E(p.Url)}\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">original</a>");
            if (p.Url is not null && p.Source is not null) w.Write(" · ");
            if (p.Source is not null) w.Write($"<span class=\"source\">{E(p.Source)}</span>");
            w.Write("</div></div>");
        }

        public void NarrativeSections()
        {
            if (r.Narratives.Count == 0) return;
            w.Write("<section id=\"narratives\"><h2>Narratives</h2>\n");
            foreach (var s in r.Narratives)
            {
                w.Write($"<div class=\"narrative\" id=\"narrative-{E(s.Id)}\"><h3>{E(s.Title)}</h3>\n");
                if (s.Description is not null) w.Write($"<p class=\"note\">{E(s.Description)}</p>\n");
                if (charts.Sections.TryGetValue(s.Id, out var chart)) { w.Write("<div class=\"charts\">"); Figure(chart, s.Id); w.Write("</div>\n"); }
                if (s.Columns.Count > 0)
                {
                    var numeric = s.Columns.Select(col => col.EndsWith("posts", StringComparison.OrdinalIgnoreCase) || col.EndsWith("accounts", StringComparison.OrdinalIgnoreCase) || col.EndsWith("share", StringComparison.OrdinalIgnoreCase)).ToArray();
                    w.Write("<div class=\"table-wrap\"><table><thead><tr>");
                    for (var i = 0; i < s.Columns.Count; i++) w.Write($"<th{(numeric[i] ? " class=\"num\"" : "")}>{E(s.Columns[i])}</th>");
                    w.Write("</tr></thead><tbody>\n");
                    foreach (var row in s.Rows)
                    {
                        w.Write("<tr>");
                        for (var i = 0; i < row.Count; i++) w.Write($"<td{(i < numeric.Length && numeric[i] ? " class=\"num\"" : "")}>{E(row[i])}</td>");
                        w.Write("</tr>\n");
                    }
                    w.Write("</tbody></table></div>\n");
                    if (s.RowsOmitted > 0) w.Write($"<p class=\"note\">{Num(s.RowsOmitted)} more rows are in the store.</p>\n");
                }
                w.Write("</div>\n");
            }
            w.Write("</section>\n\n");
        }

        public void Methods()
        {
            w.Write("<section id=\"methods\"><h2>Methods and limits</h2>\n");
            w.Write("<h3>What each signal means</h3>\n<p>Two accounts <i>co-act</i> when both act on the same object within a time window. Each behaviour is one kind of object:</p>\n<table id=\"behaviours-table\"><thead><tr><th>behaviour</th><th>what the two accounts did</th><th class=\"num\">actions analysed</th><th class=\"num\">pairs tested</th><th class=\"num\">links kept</th></tr></thead><tbody>\n");
            var layers = r.Layers.ToDictionary(l => l.Behaviour, StringComparer.OrdinalIgnoreCase);
            foreach (var (name, shortName, meaning) in BehaviourGlossary.All)
            {
                layers.TryGetValue(name, out var l);
                w.Write($"<tr><td>{E(shortName)} <code>{E(name)}</code></td><td>{E(meaning)}</td><td class=\"num\">{(l is null ? "not run" : Num(l.Actions))}</td><td class=\"num\">{(l is null ? "" : Num(l.Tested))}</td><td class=\"num\">{(l is null ? "" : Num(l.Kept))}</td></tr>\n");
            }
            w.Write("</tbody></table>\n");
            var sig = r.Significance;
            w.Write($"""
                <h3>The null model and its p-values</h3>
                <p>Every pair of accounts gets a p-value under a null model in which accounts act independently: each account keeps its own activity (all its posts) and each object its own popularity and timing (how many accounts acted on it, and how close together in time). The expected number of coincidences λ of two accounts follows from those; the chance of seeing at least the observed number of shared objects is the Poisson tail P(X ≥ shared objects | λ), computed exactly. Sharing a viral post therefore counts for little; repeatedly acting together on objects few others touch counts for much.</p>
                <p>Because millions of pairs are tested, p-values are adjusted with the Benjamini–Hochberg procedure over all pairs of active accounts; the q-value shown is that adjusted value. The filter keeps links whose q is below a threshold chosen so that the expected share of falsely flagged <i>accounts</i> stays within α{(sig is null ? "" : $" = {Num(sig.Alpha, "0.####")} (edge-level threshold {PValue(sig.EdgeAlpha)}; window {Dt(sig.WindowSeconds)}; accounts need at least {sig.MinParticipation} actions on a behaviour)")}. Clusters are found with Louvain modularity optimisation and a refinement that splits clusters not internally connected; the ranking weighs each cluster's links by −log<sub>10</sub> q.</p>
                <h3>Account scores</h3>
                <p>Scores combine per-account signals — empty or default profiles, handles of a name plus digits or of random letters, accounts created in bursts, clockwork or sleepless rhythms, office-hours posting in the chosen zone, accounts switched off and on again, recycled profile photos — as robust z-scores against the data set itself. They are leads for review: each signal has innocent explanations, and only convergent signals together with coordination evidence make a case. No signal reads what a post argues; language is shown, never scored.</p>
                <h3>What this tool cannot tell</h3>
                <ul>
                <li><b>Coordination is not proof of inauthenticity.</b> Genuine campaigns, fan groups, newsrooms and activists coordinate too; the evidence shows that accounts acted together, not who runs them or why.</li>
                <li>A significant link can arise from ordinary causes the null model does not know: accounts that follow each other and reliably share each other's posts, one person running two accounts openly, a scheduled-posting tool used by a real organisation.</li>
                <li>Absence of a finding is not proof of authenticity: a farm that varies its timing and content beyond the window, or posts from too few accounts, stays below the threshold.</li>
                <li>Timestamps rounded to minutes or days cannot support windows shorter than that precision; deleted or suspended accounts are missing from most exports, which hides part of a network.</li>
                <li>The data is what was imported: its collection (keywords, time span, platform sampling) shapes what can be found.</li>
                </ul>
                <h3>Software</h3>
                <p>Swarmscope {E(r.SoftwareVersion)} (open source). Report front-end built from sources with stamp <code>{E(ReportAssets.Stamp[..16])}</code>. Report generated {E(Local(r.GeneratedAt))}.</p>
                </section>

                """);
        }

        public void Licences()
        {
            w.Write("<section id=\"licences\"><h2>Software and licences</h2>\n<p class=\"note\">This file embeds sigma.js and graphology (MIT) to draw the network, and the Noto Sans font (SIL Open Font License 1.1). Their licences:</p>\n<pre class=\"licences\">");
            w.Write(E(ReportAssets.Licences));
            w.Write("</pre>\n</section>\n</main>\n");
        }

        public void AccountPanel() =>
            w.Write("<aside id=\"account-panel\" hidden aria-label=\"account evidence\"></aside>\n");
    }
}
