using Patella.Core.Rehab;

namespace Patella.Core.Tests.Rehab;

public class PainMonitoringTests
{
    [Theory]
    [InlineData(0, 0, 0, 0, false, false, RunVerdict.Passed, "")]
    [InlineData(0, 2, 0, 0, false, false, RunVerdict.Passed, "")]
    [InlineData(1, 2, 1, 1, false, false, RunVerdict.Passed, "")]
    [InlineData(0, 3, 0, 0, false, false, RunVerdict.Failed, "R-RUN-PFP-PAIN-2")]
    [InlineData(0, 2, 1, 0, false, false, RunVerdict.Failed, "R-RUN-PFP-60MIN")]
    [InlineData(0, 1, 0, 1, false, false, RunVerdict.Failed, "R-RUN-PFP-NEXT-MORNING")]
    [InlineData(0, 4, 2, 2, false, false, RunVerdict.Failed, "R-RUN-PFP-PAIN-2,R-RUN-PFP-60MIN,R-RUN-PFP-NEXT-MORNING")]
    [InlineData(0, 1, 0, 0, true, false, RunVerdict.Held, "R-RTR-HOLD")]
    [InlineData(0, 1, 0, 0, false, true, RunVerdict.Failed, "R-RTR-STEP-PASS")]
    [InlineData(0, 1, 0, null, false, false, RunVerdict.Pending, "")]
    public void Judge_AppliesThePfpRule(int rest, int during, int after, int? morning, bool stiffness, bool swelling, RunVerdict verdict, string ruleIds)
    {
        var c = CheckIn.Create(RehabTestData.Start, rest, during, after, morning, swelling: swelling, stiffness: stiffness);

        var r = PainMonitoring.Judge(c);

        Assert.Equal(verdict, r.Verdict);
        Assert.Equal(ruleIds, string.Join(",", r.Findings.Select(f => f.RuleId)));
    }

    [Fact]
    public void Judge_SaysTheNumbers() =>
        Assert.Equal("pain 3/10 while running, above 2/10", PainMonitoring.Judge(CheckIn.Create(RehabTestData.Start, 0, 3)).Findings[0].Text);

    [Fact]
    public void Judge_RejectsADayWithoutARun() => Assert.Throws<ArgumentException>(() => PainMonitoring.Judge(RehabTestData.Good(0)));
}
