namespace Swarmscope.Web.Tests;

/// <summary>The workspace on SQLite (the default embedded database).</summary>
public sealed class SqliteWorkspaceTests : IAsyncLifetime
{
    private WorkspaceServer _server = null!;
    public async Task InitializeAsync() => _server = await WorkspaceServer.StartAsync(TestDatabase.Sqlite());
    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact] public Task Coder_cannot_approve() => WorkspaceScenarios.Coder_cannot_approve(_server);
    [Fact] public Task Viewer_cannot_edit() => WorkspaceScenarios.Viewer_cannot_edit(_server);
    [Fact] public Task Script_in_post_text_shows_as_text() => WorkspaceScenarios.Script_in_post_text_shows_as_text(_server);
    [Fact] public Task Forged_form_without_csrf_token_is_refused() => WorkspaceScenarios.Forged_form_without_csrf_token_is_refused(_server);
    [Fact] public Task Simultaneous_saves_do_not_overwrite() => WorkspaceScenarios.Simultaneous_saves_do_not_overwrite(_server);
    [Fact] public Task Blind_coding_is_hidden_until_both_submitted() => WorkspaceScenarios.Blind_coding_is_hidden_until_both_submitted(_server);
    [Fact] public Task History_records_and_restores() => WorkspaceScenarios.History_records_and_restores(_server);
    [Fact] public Task Csv_round_trip_and_airtable_mapping() => WorkspaceScenarios.Csv_round_trip_and_airtable_mapping(_server);
    [Fact] public Task Agreement_api_reports_alpha() => WorkspaceScenarios.Agreement_api_reports_alpha(_server);
    [Fact] public Task Agreement_reference_values_through_the_database() => AgreementReferenceScenario.RunAsync(_server);
    [BrowserFact] public Task Browser_coding_review_chart_and_agreement() => BrowserScenario.RunAsync(TestDatabase.Sqlite);
    [Fact] public void Model_has_a_migration_for_every_change() => SchemaScenarios.Model_has_a_migration_for_every_change(TestDatabase.Sqlite);
    [Fact] public Task First_release_database_is_upgraded_keeping_its_data() => SchemaScenarios.First_release_database_is_upgraded_keeping_its_data(TestDatabase.Sqlite);
    [Fact] public Task Database_of_a_newer_version_is_refused() => SchemaScenarios.Database_of_a_newer_version_is_refused(TestDatabase.Sqlite);
}

/// <summary>The same suite on PostgreSQL (a team server); skipped with the reason when no server answers.</summary>
public sealed class PostgresWorkspaceTests : IAsyncLifetime
{
    private WorkspaceServer? _server;
    public async Task InitializeAsync()
    {
        if (TestDatabase.PostgresUnavailable is null) _server = await WorkspaceServer.StartAsync(TestDatabase.Postgres());
    }
    public async Task DisposeAsync() { if (_server is not null) await _server.DisposeAsync(); }

    [PostgresFact] public Task Coder_cannot_approve() => WorkspaceScenarios.Coder_cannot_approve(_server!);
    [PostgresFact] public Task Viewer_cannot_edit() => WorkspaceScenarios.Viewer_cannot_edit(_server!);
    [PostgresFact] public Task Script_in_post_text_shows_as_text() => WorkspaceScenarios.Script_in_post_text_shows_as_text(_server!);
    [PostgresFact] public Task Forged_form_without_csrf_token_is_refused() => WorkspaceScenarios.Forged_form_without_csrf_token_is_refused(_server!);
    [PostgresFact] public Task Simultaneous_saves_do_not_overwrite() => WorkspaceScenarios.Simultaneous_saves_do_not_overwrite(_server!);
    [PostgresFact] public Task Blind_coding_is_hidden_until_both_submitted() => WorkspaceScenarios.Blind_coding_is_hidden_until_both_submitted(_server!);
    [PostgresFact] public Task History_records_and_restores() => WorkspaceScenarios.History_records_and_restores(_server!);
    [PostgresFact] public Task Csv_round_trip_and_airtable_mapping() => WorkspaceScenarios.Csv_round_trip_and_airtable_mapping(_server!);
    [PostgresFact] public Task Agreement_api_reports_alpha() => WorkspaceScenarios.Agreement_api_reports_alpha(_server!);
    [PostgresFact] public Task Agreement_reference_values_through_the_database() => AgreementReferenceScenario.RunAsync(_server!);
    [BrowserFact(postgres: true)] public Task Browser_coding_review_chart_and_agreement() => BrowserScenario.RunAsync(TestDatabase.Postgres);
    [PostgresFact] public void Model_has_a_migration_for_every_change() => SchemaScenarios.Model_has_a_migration_for_every_change(TestDatabase.Postgres);
    [PostgresFact] public Task First_release_database_is_upgraded_keeping_its_data() => SchemaScenarios.First_release_database_is_upgraded_keeping_its_data(TestDatabase.Postgres);
    [PostgresFact] public Task Database_of_a_newer_version_is_refused() => SchemaScenarios.Database_of_a_newer_version_is_refused(TestDatabase.Postgres);
}
