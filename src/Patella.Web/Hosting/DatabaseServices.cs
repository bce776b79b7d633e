using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Patella.Data;

namespace Patella.Web.Hosting;

/// <summary>
/// One <see cref="PatellaDb"/> per request, on the same location rule as the CLI:
/// <c>DatabaseLocation.Resolve(data folder, PATELLA_DB)</c>.
/// </summary>
internal static class DatabaseServices
{
    public static IServiceCollection AddPatellaDatabase(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var folder = configuration[PatellaWebApp.DataFolderKey] ?? "data";
            return DatabaseLocation.Resolve(folder, configuration[DatabaseLocation.EnvironmentVariable]);
        });
        services.AddScoped<RequestDatabase>();

        // Sign-in cookies and anti-forgery tokens are sealed with keys kept beside the data, so they outlive a restart
        // and move with the folder. (Several instances on PostgreSQL will need a shared key store: a later slice.)
        services.AddDataProtection();
        services.AddOptions<KeyManagementOptions>().Configure<IConfiguration, ILoggerFactory>((options, configuration, logging) =>
        {
            var folder = Path.GetFullPath(Path.Combine(configuration[PatellaWebApp.DataFolderKey] ?? "data", "keys"));
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), logging);
        });
        services.AddScoped(sp => sp.GetRequiredService<RequestDatabase>().Db);
        return services;
    }

    /// <summary>Applies the SQL migrations once at start, before the first request.</summary>
    public static void MigrateDatabase(this IServiceProvider services)
    {
        var location = services.GetRequiredService<DatabaseLocation>();
        using var db = PatellaDatabase.Open(location, migrate: true);
        db.Database.GetDbConnection().Dispose();
    }

    /// <summary>
    /// Owns the request's context and its connection: <see cref="PatellaDatabase.Open"/> hands EF an open SQLite
    /// connection the context does not dispose, and a server must not leave one per request to the finaliser.
    /// </summary>
    internal sealed class RequestDatabase(DatabaseLocation location) : IDisposable
    {
        private PatellaDb? db;
        private System.Data.Common.DbConnection? connection;

        public PatellaDb Db
        {
            get
            {
                if (db is null)
                {
                    db = PatellaDatabase.Open(location, migrate: false);
                    connection = db.Database.GetDbConnection();
                }

                return db;
            }
        }

        public void Dispose()
        {
            db?.Dispose();
            connection?.Dispose();
            db = null;
            connection = null;
        }
    }
}
