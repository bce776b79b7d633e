using Microsoft.AspNetCore.Http.HttpResults;
using Patella.Core.Gait;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Gait;
using Patella.Data.Rehab;
using Patella.Web.Accounts;
using Patella.Web.Today;

namespace Patella.Web.Rehab;

/// <summary>
/// The Knee page's rehab forms and files: <c>POST /knee/clearance</c> records one clearance test (form, anti-forgery,
/// answers with a redirect) and <c>GET /knee/click-track.wav?minutes=N</c> is Core's click track at the runner's
/// metronome beat.
/// </summary>
public static class RehabApi
{
    /// <summary>Default and longest click track, minutes. 5 minutes of 16-bit mono at 22 050 Hz is about 13 MB.</summary>
    public const int DefaultClickMinutes = 5;

    public const int MaxClickMinutes = 30;

    public static IEndpointRouteBuilder MapRehabApi(this IEndpointRouteBuilder app)
    {
        var knee = app.MapGroup("/knee").RequireAuthorization().ExcludeFromDescription();
        knee.MapPost("/clearance", RecordClearance);
        knee.MapGet("/click-track.wav", ClickTrackWav);
        return app;
    }

    public static RedirectHttpResult RecordClearance(IFormCollection form, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        var me = SignedIn.Required(context.User);
        if (db.ReadableRunner(me.AccountId, me.RunnerId) is not { } runner)
        {
            return TypedResults.Redirect("/knee");
        }

        var (record, field, _) = ClearanceForm.Read(form, TodayApi.TodayOf(runner, clock));
        if (record is null)
        {
            return TypedResults.Redirect($"/knee?clearanceError={Uri.EscapeDataString(field!)}#clearance");
        }

        RehabStorage.Save(db, runner.Id, record, clock.GetUtcNow().UtcDateTime);
        return TypedResults.Redirect($"/knee?recorded={ClearanceForm.NameOf(record.Test)}#clearance");
    }

    /// <param name="minutes">Length, 1-30 minutes (default 5).</param>
    public static Results<FileContentHttpResult, NotFound<string>, BadRequest<string>> ClickTrackWav(HttpContext context, PatellaDb db, TimeProvider clock, int? minutes = null)
    {
        var me = SignedIn.Required(context.User);
        var length = minutes ?? DefaultClickMinutes;
        if (length is < 1 or > MaxClickMinutes)
        {
            return TypedResults.BadRequest($"minutes: {length} must be from 1 to {MaxClickMinutes}");
        }

        if (db.ReadableRunner(me.AccountId, me.RunnerId) is not { } runner
            || CadenceReading.PlanOn(db, runner, TodayApi.TodayOf(runner, clock)).Metronome is not { } metronome)
        {
            return TypedResults.NotFound("No cadence baseline yet: easy runs with a step rate set the metronome.");
        }

        // Kestrel refuses synchronous writes, and ClickTrack writes synchronously: the track is made in memory first.
        using var buffer = new MemoryStream();
        ClickTrack.WriteWav(buffer, metronome.BeatsPerMinute, TimeSpan.FromMinutes(length));
        return TypedResults.File(buffer.ToArray(), "audio/wav", $"patella-metronome-{metronome.BeatsPerMinute}bpm.wav");
    }
}
