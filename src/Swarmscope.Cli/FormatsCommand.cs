using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>`swarmscope formats`: every importer, one line each.</summary>
public sealed class FormatsCommand : Command<OutputSettings>
{
    public override int Execute(CommandContext context, OutputSettings settings, CancellationToken cancellationToken)
    {
        var formats = new ListFormats().Run(new FormatsRequest(), cancellationToken: cancellationToken);
        if (settings.Json) { CliJson.Write(formats); return CliApp.Success; }
        if (settings.Quiet) return CliApp.Success;
        var table = new Table().Title("import formats (detected automatically; force one with --format NAME)")
            .AddColumn(new TableColumn("format").NoWrap()).AddColumn("what it reads");
        foreach (var f in formats) table.AddRow(Markup.Escape(f.Name), Markup.Escape(f.Description));
        Terminal.Out.Write(table);
        Terminal.Line("Files may be gzip-compressed. Details and examples: docs/formats-csv.md, docs/formats-json.md.");
        return CliApp.Success;
    }
}
