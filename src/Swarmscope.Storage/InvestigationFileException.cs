namespace Swarmscope.Storage;

/// <summary>
/// The file named as an investigation cannot be one: not a DuckDB database (an export passed as --db, say), a
/// database DuckDB cannot open, or one written by a newer Swarmscope. The message names the file and says why.
/// </summary>
public sealed class InvestigationFileException(string message, Exception? inner = null) : Exception(message, inner);
