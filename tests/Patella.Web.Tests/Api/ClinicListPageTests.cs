using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Patella.Web.Clinic;
using Patella.Data.Clinic;

namespace Patella.Web.Tests.Api;

/// <summary>The clinician's list page: one unit for the whole list (the clinician's), and the place in today's order.</summary>
public partial class ClinicListPageTests
{
    [Fact]
    public async Task ClinicList_ShowsDistancesInTheCliniciansUnits_AndEachRunnersPlace()
    {
        using var app = new PatellaApp();
        using var runner = app.Browser();
        using var clinician = app.Browser();
        (await runner.SignUp("miles@example.org", units: "mi")).Dispose();
        ClinicAccessTests.SignUpClinician(clinician, "physio@example.org");
        using var made = await runner.Http.PostAsync("/api/settings/invites", null);
        var code = (await made.Content.ReadFromJsonAsync<InviteCode>(WebClient.Json))!.Code;
        using var joined = await clinician.Http.PostAsJsonAsync("/api/clinic/join", new JoinRequest(code));
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);

        var html = await clinician.Http.GetStringAsync("/clinic");

        var row = RowPattern().Match(html);
        Assert.True(row.Success, "the runner's row is listed");
        Assert.Contains("<td class=\"num score\" title=\"attention score", row.Value, StringComparison.Ordinal);
        Assert.Matches(">1</td>", row.Value);
        Assert.Contains(" km</td>", row.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(" mi</td>", row.Value, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr data-runner=.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();
}
