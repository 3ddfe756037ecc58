using Microsoft.EntityFrameworkCore;

namespace Swarmscope.Workspace;

/// <summary>The workspace database on SQLite (the default, one file); its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteWorkspaceDbContext(DbContextOptions<SqliteWorkspaceDbContext> options, ICurrentUserName? currentUser = null)
    : WorkspaceDbContext(options, currentUser);
