using Microsoft.EntityFrameworkCore;

namespace Swarmscope.Workspace;

/// <summary>The workspace database on PostgreSQL (a team server); its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresWorkspaceDbContext(DbContextOptions<PostgresWorkspaceDbContext> options, ICurrentUserName? currentUser = null)
    : WorkspaceDbContext(options, currentUser);
