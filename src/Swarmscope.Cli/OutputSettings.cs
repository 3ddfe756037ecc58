using System.ComponentModel;
using Spectre.Console.Cli;

namespace Swarmscope.Cli;

/// <summary>Options of every command a script may run: no tables (--quiet) or the result as JSON (--json).</summary>
public class OutputSettings : CommandSettings
{
    [CommandOption("-q|--quiet")]
    [Description("print no tables or progress; errors and warnings still go to standard error")]
    public bool Quiet { get; init; }

    [CommandOption("--json")]
    [Description("print the result as one JSON document on standard output (no tables)")]
    public bool Json { get; init; }

    /// <summary>Tables and summaries are for people: not with --quiet or --json.</summary>
    public bool Tables => !Quiet && !Json;
}
