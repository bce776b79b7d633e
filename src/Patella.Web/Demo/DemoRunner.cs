using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Patella.Core.Assessment;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Assessment;
using Patella.Data.Load;
using Patella.Data.Runners;
using Patella.Web.Accounts;

namespace Patella.Web.Demo;

/// <summary>
/// The worked-example runner (issue #5): a real account (<see cref="Email"/>) anyone can open from the home page or
/// fill in with <c>patella demo</c>: twelve weeks of runs toward a half marathon with a mileage spike and some downhill
/// (<see cref="DemoRuns"/>), a shoe near its replacement distance, a PFPS assessment of seed A's runner two weeks ago,
/// and the two weeks of check-ins and Kujala scores since (<see cref="DemoRehab"/>), which put the plan in phase 2.
/// </summary>
public static class DemoRunner
{
    public const string Email = "demo@patella.local";

    /// <summary>The demo runner's zone: days and weeks are counted in it.</summary>
    public const string TimeZone = "Europe/Oslo";

    /// <summary>
    /// The demo account, created with all its data in one transaction when missing; an existing one is returned as it
    /// is. Never takes runner 1 (the command line's runner), so the demo never mixes with a person's own runs.
    /// </summary>
    public static Account Ensure(PatellaDb db, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (AccountStorage.FindByEmail(db, Email) is { } existing)
        {
            return existing;
        }

        try
        {
            return Create(db, clock);
        }
        catch (DbUpdateException) when (AccountStorage.FindByEmail(db, Email) is not null)
        {
            // Two first visits at once: the other one made it.
            db.ChangeTracker.Clear();
            return AccountStorage.FindByEmail(db, Email)!;
        }
    }

    private static Account Create(PatellaDb db, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        using var transaction = db.Database.BeginTransaction();
        var runnerId = Math.Max(Runner.LocalRunnerId, db.Runners.Select(r => (long?)r.Id).Max() ?? 0) + 1;
        var runner = new Runner { Id = runnerId, Name = "Demo runner", TimeZone = zone.Id, Units = "km", CreatedUtc = now };
        db.Runners.Add(runner);

        // Activities are not mapped to runners in EF (only in SQL), so the runner is saved before anything points at it.
        db.SaveChanges();
        var account = new Account
        {
            RunnerId = runnerId,
            Email = Email,
            EmailKey = Account.KeyOf(Email),
            PasswordHash = Passwords.Hash(Guid.NewGuid().ToString()),
            IsRunner = true,
            CreatedUtc = now,
        };
        db.Accounts.Add(account);
        var today = RunnerLoad.SettingsOf(runner).Today(clock);
        db.Activities.AddRange(DemoRuns.Through(today, zone, runnerId));
        db.SaveChanges();

        var firstDay = today.AddDays(-7 * 12);
        ShoeStorage.Add(db, runnerId, new NewShoe(DemoRuns.Shoe) { StartKilometres = 420, IsDefault = false }, firstDay, now);
        var answers = SeedRunnerAnswers();
        var assessedOn = today.AddDays(-DemoRehab.DaysSinceAssessment);
        var result = KneeAssessor.Assess(answers, RunEvidence.For(db, runner, assessedOn));
        AssessmentStorage.Store(db, runnerId, answers, result, now.AddDays(-DemoRehab.DaysSinceAssessment));
        DemoRehab.Add(db, runnerId, today, now);
        transaction.Commit();
        db.ChangeTracker.Clear();
        return account;
    }

    /// <summary>
    /// Seed A's runner: dull ache around the kneecap late in long runs, worse on stairs down, three weeks in, knee drops
    /// inward, no red flags. The mileage change is left for her runs to show.
    /// </summary>
    internal static AnswerSet SeedRunnerAnswers()
    {
        (string Id, object Value)[] answers =
        [
            ("painLocation", "aroundKneecap"), ("painPointSpecific", false), ("side", "right"), ("onset", "gradual"),
            ("painTriggers", new[] { "stairsDown" }), ("painTiming", "lateInLongRuns"), ("painCourse", new[] { "goneAfterWarmUp", "startingEarlierInRuns" }),
            ("weeksSinceOnset", 3), ("swelling", "none"), ("givingWay", false), ("lockingOrCatching", "none"), ("feverOrHotRedJoint", false),
            ("canBearWeight", true), ("ageYears", 32), ("sex", "female"), ("kneeDropsInward", true),
        ];
        var json = new JsonObject();
        foreach (var (id, value) in answers)
        {
            var question = KneeQuestionnaire.V1.Find(id) ?? throw new InvalidOperationException($"knee-v1 has no question {id}");
            json[id] = (question.Type, value) switch
            {
                (AnswerType.MultipleChoice, string single) => new JsonArray(JsonValue.Create(single)),
                (_, string[] codes) => new JsonArray([.. codes.Select(c => (JsonNode)JsonValue.Create(c))]),
                (_, string code) => JsonValue.Create(code),
                (_, bool flag) => JsonValue.Create(flag),
                (_, int number) => JsonValue.Create(number),
                _ => throw new InvalidOperationException($"no demo answer shape for {id}"),
            };
        }

        var file = new JsonObject { ["questionnaire"] = KneeQuestionnaire.Version, ["answers"] = json };
        return AnswerSetJson.Read(file.ToJsonString(), KneeQuestionnaire.V1);
    }
}
