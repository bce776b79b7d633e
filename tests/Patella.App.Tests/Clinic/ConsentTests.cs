using Microsoft.EntityFrameworkCore;
using Patella.Core.Rehab;
using Patella.Core.Rehab.Adjustments;
using Patella.Data.Accounts;
using Patella.Data.Clinic;
using Patella.Data.Rehab;

namespace Patella.App.Tests.Clinic;

public sealed class ConsentTests : IDisposable
{
    private readonly ClinicWorld world = new();

    private IReadOnlyList<long> Readable(Account account) => [.. world.Db.ReadableRunnerIds(account.Id).Order()];

    [Fact]
    public void ReadableRunnerIds_WithoutConsent_IsTheOwnRunnerOnly()
    {
        Assert.Equal([world.A.RunnerId], Readable(world.A));
        Assert.Equal([world.Clinician.RunnerId], Readable(world.Clinician));
        Assert.Null(world.Db.ReadableRunner(world.Clinician.Id, world.A.RunnerId));
    }

    [Fact]
    public void Accept_GivesTheClinicianTheRunner_AndOnlyThatRunner()
    {
        var invite = Consent.CreateInvite(world.Db, world.A.RunnerId, ClinicWorld.Now);

        Consent.Accept(world.Db, world.Clinician.Id, invite.Code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), ClinicWorld.Now.AddDays(1));

        Assert.Equal(new[] { world.A.RunnerId, world.Clinician.RunnerId }.Order(), Readable(world.Clinician));
        Assert.NotNull(world.Db.ReadableRunner(world.Clinician.Id, world.A.RunnerId));
        Assert.Null(world.Db.ReadableRunner(world.Clinician.Id, world.B.RunnerId));
        Assert.Equal([world.A.RunnerId], Readable(world.A));
        Assert.Equal(ClinicWorld.Now.AddDays(7), invite.ExpiresUtc);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", invite.Code);
    }

    [Fact]
    public void Revoke_TakesAccessBack_AndTheGrantStaysListed()
    {
        var grant = Consent.Accept(world.Db, world.Clinician.Id, Consent.CreateInvite(world.Db, world.A.RunnerId, ClinicWorld.Now).Code, ClinicWorld.Now);

        Assert.False(Consent.Revoke(world.Db, world.B.RunnerId, grant.Id, ClinicWorld.Now), "B cannot revoke A's grant");
        Assert.True(Consent.Revoke(world.Db, world.A.RunnerId, grant.Id, ClinicWorld.Now.AddHours(1)));

        Assert.Null(world.Db.ReadableRunner(world.Clinician.Id, world.A.RunnerId));
        Assert.Empty(world.Db.ReadableActivities(world.Clinician.Id).Where(a => a.RunnerId == world.A.RunnerId));
        var listed = Assert.Single(Consent.GrantsOf(world.Db, world.A.RunnerId));
        Assert.Equal(("physio@example.org", ClinicWorld.Now.AddHours(1)), (listed.ClinicianEmail, listed.RevokedUtc!.Value));
        Assert.False(Consent.Revoke(world.Db, world.A.RunnerId, grant.Id, ClinicWorld.Now.AddHours(2)), "revoking twice changes nothing");
    }

    [Fact]
    public void ReadableRunner_AgreesWithReadableRunnerIds_ForEveryAccountAndRunner_ThroughGrantAndRevoke()
    {
        Account[] accounts = [world.A, world.B, world.Clinician];
        void Agree(string when)
        {
            foreach (var account in accounts)
            {
                foreach (var runner in accounts.Select(a => a.RunnerId).Append(999_999))
                {
                    Assert.True(
                        Readable(account).Contains(runner) == (world.Db.ReadableRunner(account.Id, runner) is not null),
                        $"{when}: account {account.Email} and runner {runner}");
                }
            }
        }

        Agree("before any grant");
        var grant = Consent.Accept(world.Db, world.Clinician.Id, Consent.CreateInvite(world.Db, world.A.RunnerId, ClinicWorld.Now).Code, ClinicWorld.Now);
        Agree("granted");
        Assert.NotNull(world.Db.ReadableRunner(world.Clinician.Id, world.A.RunnerId));
        Consent.Revoke(world.Db, world.A.RunnerId, grant.Id, ClinicWorld.Now);
        Agree("revoked");
    }

    [Fact]
    public void ReadableRunner_ReadsTheRunnerAsEfDoes_AlsoInsideATransaction_AndSeesItsWrites()
    {
        world.Fill();
        var stored = world.Db.Runners.AsNoTracking().Single(r => r.Id == world.A.RunnerId);

        var read = world.Db.ReadableRunner(world.Clinician.Id, world.A.RunnerId);

        Assert.Equivalent(stored, read, strict: true);
        Assert.Equal(DateTimeKind.Utc, read!.CreatedUtc.Kind);
        using (var transaction = world.Db.Database.BeginTransaction())
        {
            world.Db.Runners.AsTracking().Single(r => r.Id == world.A.RunnerId).Name = "Renamed in the transaction";
            world.Db.SaveChanges();
            Assert.Equal("Renamed in the transaction", world.Db.ReadableRunner(world.A.Id, world.A.RunnerId)!.Name);
            transaction.Rollback();
        }

        world.Db.ChangeTracker.Clear();
        Assert.Equal(stored.Name, world.Db.ReadableRunner(world.A.Id, world.A.RunnerId)!.Name);
    }

    [Fact]
    public void CancelInvite_WithdrawsAnOpenCode_OnlyTheRunnersOwn_AndItCanNoLongerBeUsed()
    {
        var first = Consent.CreateInvite(world.Db, world.A.RunnerId, ClinicWorld.Now);
        var second = Consent.CreateInvite(world.Db, world.A.RunnerId, ClinicWorld.Now.AddMinutes(1));
        var open = Consent.OpenInvitesOf(world.Db, world.A.RunnerId, ClinicWorld.Now.AddMinutes(2));
        Assert.Equal(2, open.Count);
        Assert.Equal(second.ExpiresUtc, open[0].ExpiresUtc);
        var firstId = open[1].Id;

        Assert.False(Consent.CancelInvite(world.Db, world.B.RunnerId, firstId, ClinicWorld.Now.AddMinutes(3)), "B cannot cancel A's code");
        Assert.True(Consent.CancelInvite(world.Db, world.A.RunnerId, firstId, ClinicWorld.Now.AddMinutes(3)));
        Assert.False(Consent.CancelInvite(world.Db, world.A.RunnerId, firstId, ClinicWorld.Now.AddMinutes(4)), "cancelling twice changes nothing");

        var e = Assert.Throws<ClinicException>(() => Consent.Accept(world.Db, world.Clinician.Id, first.Code, ClinicWorld.Now.AddMinutes(5)));
        Assert.Contains("expired", e.Message, StringComparison.Ordinal);
        Assert.Single(Consent.OpenInvitesOf(world.Db, world.A.RunnerId, ClinicWorld.Now.AddMinutes(5)));
        Consent.Accept(world.Db, world.Clinician.Id, second.Code, ClinicWorld.Now.AddMinutes(6));
        Assert.Empty(Consent.OpenInvitesOf(world.Db, world.A.RunnerId, ClinicWorld.Now.AddMinutes(7)));
    }

    [Theory]
    [InlineData("used", "used already")]
    [InlineData("expired", "expired")]
    [InlineData("unknown", "no such invite code")]
    [InlineData("own", "your own invite code")]
    [InlineData("not a clinician", "only a clinician")]
    public void Accept_RefusesBadCodes_AndWritesNothing(string situation, string message)
    {
        var invite = Consent.CreateInvite(world.Db, situation == "own" ? world.Clinician.RunnerId : world.A.RunnerId, ClinicWorld.Now);
        var at = ClinicWorld.Now;
        var who = world.Clinician;
        var code = invite.Code;
        switch (situation)
        {
            case "used":
                var other = AccountStorage.Create(world.Db, new NewAccount("other@example.org", "h", "UTC", "km", IsClinician: true), at);
                Consent.Accept(world.Db, other.Id, code, at);
                break;
            case "expired":
                at = invite.ExpiresUtc;
                break;
            case "unknown":
                code = "0000-0000-0000";
                break;
            case "not a clinician":
                who = world.B;
                break;
        }

        var e = Assert.Throws<ClinicException>(() => Consent.Accept(world.Db, who.Id, code, at));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Null(world.Db.ReadableRunner(who.Id, world.A.RunnerId));
    }

    [Fact]
    public void NotesAndAdjustments_NeedAStandingGrant()
    {
        Assert.Null(ClinicNotes.Write(world.Db, world.Clinician.Id, world.A.RunnerId, "hello", ClinicWorld.Now));
        var grant = world.Fill();
        Assert.Single(ClinicNotes.NotesOf(world.Db, world.A.RunnerId));

        Consent.Revoke(world.Db, world.A.RunnerId, grant.Id, ClinicWorld.Now);

        Assert.Null(ClinicNotes.Write(world.Db, world.Clinician.Id, world.A.RunnerId, "after revoke", ClinicWorld.Now));
        Assert.Null(ClinicNotes.Adjust(world.Db, world.Clinician.Id, world.A.RunnerId, new PlanAdjustment(AdjustmentKind.Phase, "x", ClinicWorld.Today, "why", Phase: RehabPhase.RunWalk), ClinicWorld.Now));
        Assert.Single(ClinicNotes.NotesOf(world.Db, world.A.RunnerId));
        Assert.Single(ClinicNotes.AdjustmentsOf(world.Db, world.A.RunnerId));
    }

    [Fact]
    public void Adjustment_ShowsInTheRunnersPlan_WithTheClinicianAsAuthor()
    {
        world.Fill();
        var runner = world.Db.Runners.Single(r => r.Id == world.A.RunnerId);

        var adjusted = RunnerRehab.Read(world.Db, runner, ClinicWorld.Today).AdjustedPlanOn(ClinicWorld.Today);

        var applied = Assert.Single(adjusted.Applied);
        Assert.True(applied.InEffect);
        Assert.Equal($"adjusted by physio@example.org on {ClinicWorld.Today:yyyy-MM-dd}: knee sore on it", applied.Note);
        Assert.DoesNotContain(adjusted.Plan.Exercises.Session, e => e.Id == "plank");
        Assert.Contains(adjusted.Plan.Changes, c => c.RuleId == PlanAdjustments.Rule.Id && c.Subject == "plank");
    }

    [Fact]
    public void Note_RefusesAnEmptyText()
    {
        world.Fill();

        var e = Assert.Throws<ClinicException>(() => ClinicNotes.Write(world.Db, world.Clinician.Id, world.A.RunnerId, "   ", ClinicWorld.Now));

        Assert.StartsWith("text:", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => world.Dispose();
}
