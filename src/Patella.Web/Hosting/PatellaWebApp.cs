using Microsoft.AspNetCore.Authentication.Cookies;
using Patella.Web.Accounts;
using Patella.Web.Activities;
using Patella.Web.Assessment;
using Patella.Web.Clinic;
using Patella.Web.Components;
using Patella.Web.Demo;
using Patella.Web.Load;
using Patella.Web.Rehab;
using Patella.Web.Today;
using Patella.Web.Settings;

namespace Patella.Web.Hosting;

/// <summary>The whole app: services, middleware, pages and API. One capability, one <c>MapXxx</c> call.</summary>
public static class PatellaWebApp
{
    /// <summary>Configuration key for the data folder (default <c>data</c>); <c>PATELLA_DB</c> still wins, as in the CLI.</summary>
    public const string DataFolderKey = "Patella:DataFolder";

    /// <summary>Builds the app; the schema is brought up to date before it returns.</summary>
    /// <param name="dataFolder">The data folder, when the caller knows it (<c>patella serve --data</c>); else configuration.</param>
    /// <param name="database">The database, when the caller already chose it (<c>patella serve</c>); else by <see cref="Data.DatabaseSettings"/>.</param>
    /// <exception cref="Data.DatabaseSettingException">The database setting is not usable or the database cannot be opened.</exception>
    public static WebApplication Create(string[] args, string? dataFolder = null, Data.DatabaseLocation? database = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(PatellaWebApp).Assembly.GetName().Name });
        if (dataFolder is not null)
        {
            builder.Configuration[DataFolderKey] = dataFolder;
        }

        AddServices(builder.Services, database);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    internal static void AddServices(IServiceCollection services, Data.DatabaseLocation? database = null)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddPatellaDatabase(database);
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddAntiforgery();
        services.AddRazorComponents();
        services.AddHttpContextAccessor();
        services.AddAuthorization();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(SignInCookie.Configure);
        SignInTickets.Keep(services);
        services.AddCascadingAuthenticationState();
        services.AddRateLimiter(o => o.AddPolicy(InviteCodeGuessLimit.Policy, new InviteCodeGuessLimit()));
    }

    private static bool ReadsAPage(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api");

    internal static void UsePipeline(WebApplication app)
    {
        app.Services.MigrateDatabase();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler();
            app.UseHsts();
        }

        // A page asked for by a browser answers an error status with a page in words (StatusPage, re-executed as a GET in
        // a scope of its own: Blazor's services are per request); the API and form posts answer problem documents.
        app.UseWhen(ReadsAPage, pages => pages.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true));
        app.UseWhen(context => !ReadsAPage(context), other => other.UseStatusCodePages());
        app.UseSecurityHeaders();
        app.UseEmbeddedStaticFiles();
        // Routing after the status pages, so a re-executed request (/status/404) finds its page.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        app.UseTodayPageCache();

        app.MapOpenApi();
        app.MapAccountsApi();
        app.MapActivitiesApi();
        app.MapLoadApi();
        app.MapAssessmentApi();
        app.MapDemoApi();
        app.MapTodayApi();
        app.MapRehabApi();
        app.MapSettingsApi();
        app.MapClinicApi();
        // The load scripts' ceiling (bench/load): the cheapest answer this pipeline gives, with no database behind it.
        app.MapGet("/api/ping", () => TypedResults.Text("pong")).AllowAnonymous().ExcludeFromDescription();
        app.MapRazorComponents<App>();
    }
}
