using Spectre.Console;
using Swarmscope.Ingest;

namespace Swarmscope.Cli;

public sealed class FormatsCommand : ICommand
{
    public string Name => "formats";
    public string Summary => "list the import formats and how each is recognised";
    public string Usage => "usage: swarmscope formats";

    public Task<int> RunAsync(CommandArgs args)
    {
        var table = new Table().Title("import formats (detected automatically; force one with --format NAME)")
            .AddColumn(new TableColumn("format").NoWrap()).AddColumn("what it reads");
        foreach (var importer in ImporterRegistry.All)
            table.AddRow(Markup.Escape(importer.Format), Markup.Escape(importer.Description));
        AnsiConsole.Write(table);
        CliOutput.Raw("Files may be gzip-compressed. Details and examples: docs/formats-csv.md, docs/formats-json.md.");
        return Task.FromResult(0);
    }
}
