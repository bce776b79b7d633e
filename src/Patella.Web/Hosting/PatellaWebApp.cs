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
    public static WebApplication Create(string[] args, string? dataFolder = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(PatellaWebApp).Assembly.GetName().Name });
        if (dataFolder is not null)
        {
            builder.Configuration[DataFolderKey] = dataFolder;
        }

        AddServices(builder.Services);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    internal static void AddServices(IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddPatellaDatabase();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddAntiforgery();
        services.AddRazorComponents();
        services.AddHttpContextAccessor();
        services.AddAuthorization();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(SignInCookie.Configure);
        services.AddCascadingAuthenticationState();
    }

    internal static void UsePipeline(WebApplication app)
    {
        app.Services.MigrateDatabase();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler();
            app.UseHsts();
        }

        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseEmbeddedStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

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
        app.MapRazorComponents<App>();
    }
}
