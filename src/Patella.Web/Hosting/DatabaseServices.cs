using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Patella.Data;

namespace Patella.Web.Hosting;

/// <summary>
/// One pooled <see cref="PatellaDb"/> per request, on the same rule as the CLI (<see cref="DatabaseSettings"/>): <c>--db</c>,
/// then <c>PATELLA_DB</c>, then <c>ConnectionStrings:Patella</c>, then SQLite in the data folder.
/// </summary>
internal static class DatabaseServices
{
    /// <summary>The data-protection application name: instances share keys only when it is the same on all of them.</summary>
    public const string ApplicationName = "Patella";

    /// <param name="location">The database when the caller already chose it (<c>patella serve</c>); else from configuration.</param>
    public static IServiceCollection AddPatellaDatabase(this IServiceCollection services, DatabaseLocation? location = null)
    {
        services.AddSingleton(sp => location ?? FromConfiguration(sp.GetRequiredService<IConfiguration>()));

        // One context per request, rented from a pool of open ones: opening a context and its connection per request
        // was most of a cached page's cost (see ContextPool).
        services.AddSingleton(sp => new ContextPool(sp.GetRequiredService<DatabaseLocation>()));

        // Sign-in cookies and anti-forgery tokens are sealed with keys kept in the database, so they outlive a restart,
        // move with the data and open on every instance serving it. The fixed application name keeps the keys' purpose
        // the same whichever folder an instance runs from (the default is the content root's path).
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<DatabaseLocation, TimeProvider>((options, database, clock) =>
            options.XmlRepository = new DatabaseKeyRepository(database, clock));
        services.AddScoped(sp => sp.GetRequiredService<ContextPool>().Rent());
        services.AddSingleton<RunnerDayCache>();
        services.AddScoped<RunnerDays>();
        return services;
    }

    /// <summary>The database the configuration names (<see cref="DatabaseSettings"/>'s precedence).</summary>
    /// <exception cref="DatabaseSettingException">The winning setting is not a usable database.</exception>
    public static DatabaseLocation FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return DatabaseSettings.Choose(
            configuration[PatellaWebApp.DataFolderKey] ?? "data",
            configuration[DatabaseSettings.CommandLineKey],
            configuration[DatabaseSettings.EnvironmentSetting],
            configuration.GetConnectionString("Patella"));
    }

    /// <summary>Applies the SQL migrations once at start, before the first request.</summary>
    /// <exception cref="DatabaseSettingException">The database cannot be reached or opened; the message names the setting.</exception>
    public static void MigrateDatabase(this IServiceProvider services)
    {
        var location = services.GetRequiredService<DatabaseLocation>();
        try
        {
            using var db = PatellaDatabase.Open(location, migrate: true);
            db.Database.GetDbConnection().Dispose();
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            throw new DatabaseSettingException($"{location.Setting}: could not open {location.Describe()}: {e.GetBaseException().Message}", e);
        }
    }
}
