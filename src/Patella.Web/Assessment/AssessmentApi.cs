using Microsoft.AspNetCore.Http.HttpResults;
using Patella.Core.Assessment;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Assessment;
using Patella.Data.Load;
using Patella.Web.Accounts;

namespace Patella.Web.Assessment;

/// <summary>
/// The knee assessment: <c>GET /api/assessments/latest</c>, and the wizard's steps (<c>POST /knee/assess</c>: form
/// fields of one step plus the answers so far; the last step assesses, stores and redirects to the Knee page).
/// </summary>
public static class AssessmentApi
{
    public static IEndpointRouteBuilder MapAssessmentApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/assessments/latest", Latest).RequireAuthorization().WithTags("Assessment");
        app.MapPost("/knee/assess", WizardStep).RequireAuthorization().ExcludeFromDescription();
        app.MapPost("/knee/kujala", ScoreKujala).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    /// <param name="runner">Whose (default: the signed-in runner); another runner's answers 404.</param>
    public static Results<Ok<AssessmentJson>, NotFound> Latest(HttpContext context, PatellaDb db, long? runner = null)
    {
        var me = SignedIn.Required(context.User);
        return db.ReadableRunner(me.AccountId, runner ?? me.RunnerId) is { } owner && AssessmentJson.Latest(db, owner) is { } latest
            ? TypedResults.Ok(latest)
            : TypedResults.NotFound();
    }

    /// <summary>One wizard step posted: the next (or, for Back, the previous) step's page, the same step again with the problem, or the stored result.</summary>
    public static IResult WizardStep(IFormCollection form, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        var me = SignedIn.Required(context.User);
        if (db.ReadableRunner(me.AccountId, me.RunnerId) is not { } runner)
        {
            return TypedResults.Redirect("/knee");
        }

        var step = int.TryParse(form["step"], System.Globalization.CultureInfo.InvariantCulture, out var s) && s >= 1 && s <= AssessmentWizard.Steps.Count ? s : 1;
        AnswerSet carried;
        try
        {
            carried = AssessmentWizard.Carried(form["answers"]);
        }
        catch (AssessmentAnswersException e)
        {
            return Page(1, AssessmentWizard.Carried(null), $"The answers so far could not be read ({e.Message}); please start again.");
        }

        if (form[AssessmentWizard.DirectionField] == AssessmentWizard.Back)
        {
            var (previous, kept) = AssessmentWizard.Previous(carried, step, form);
            return Page(previous, kept, null);
        }

        AnswerSet answers;
        try
        {
            answers = AssessmentWizard.With(carried, step, form);
        }
        catch (AssessmentAnswersException e)
        {
            return Page(step, carried, $"{AssessmentWizard.TextOf(e.QuestionId)}: {e.Message}");
        }

        if (step < AssessmentWizard.Steps.Count)
        {
            return Page(step + 1, answers, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = RunnerLoad.SettingsOf(runner).LocalDate(now);
        AssessmentStorage.Store(db, runner.Id, answers, KneeAssessor.Assess(answers, RunEvidence.For(db, runner, today)), now);
        return TypedResults.Redirect("/knee?assessed=true#assessment");
    }

    /// <summary>The Kujala form: all 13 items (field = item id, value = option code), scored by Core and stored.</summary>
    public static RedirectHttpResult ScoreKujala(IFormCollection form, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        var me = SignedIn.Required(context.User);
        if (db.ReadableRunner(me.AccountId, me.RunnerId) is not { } runner)
        {
            return TypedResults.Redirect("/knee");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var answers = Core.Assessment.Kujala.KujalaQuestionnaire.Items
            .Where(i => !string.IsNullOrEmpty(form[i.Id]))
            .ToDictionary(i => i.Id, i => form[i.Id].ToString(), StringComparer.Ordinal);
        try
        {
            var response = new Core.Assessment.Kujala.KujalaResponse(Core.Assessment.Kujala.KujalaQuestionnaire.Version, RunnerLoad.SettingsOf(runner).LocalDate(now), answers);
            AssessmentStorage.Store(db, runner.Id, Core.Assessment.Kujala.KujalaScore.From(response), now);
        }
        catch (AssessmentAnswersException e)
        {
            return TypedResults.Redirect($"/knee/kujala?error={Uri.EscapeDataString(e.QuestionId ?? "")}");
        }

        return TypedResults.Redirect("/knee#kujala");
    }

    private static RazorComponentResult<AssessWizardNextPage> Page(int step, AnswerSet answers, string? error) =>
        new(new { Step = step, Answers = answers, Error = error });
}
