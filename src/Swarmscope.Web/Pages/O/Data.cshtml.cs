using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Swarmscope.Observatory.Workflow;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Pages.O;

public sealed class DataModel(ObservatoryWorkspace workspace) : ObservatoryPageModel(workspace)
{
    public IActionResult OnGet() => Page();

    protected override Task<IActionResult> ReloadAfterErrorAsync() => Task.FromResult<IActionResult>(Page());

    public async Task<IActionResult> OnGetExportAsync(string table)
    {
        var csv = await CsvTables.ExportAsync(Workspace, Oid, table, Role!.Value, UserId);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", $"{table}.csv");
    }

    public async Task<IActionResult> OnPostImportAsync(string table, IFormFile? file, string? mapping)
    {
        if (file is null || file.Length == 0) throw new WorkflowException("Choose a CSV file to import.");
        await using var stream = file.OpenReadStream();
        var summary = await CsvTables.ImportAsync(Workspace, Oid, table, Role, stream, Path.GetFileName(file.FileName), mapping);
        return Done($"{file.FileName}: {summary.Added} added, {summary.Updated} updated, {summary.Unchanged} unchanged.");
    }
}
