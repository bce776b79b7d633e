using Patella.Import.Xml;

namespace Patella.Import.Tests.Gpx;

public sealed class XsdDateTimeTests
{
    [Theory]
    [InlineData("2017-03-19T16:49:30Z", "2017-03-19T16:49:30.0000000Z", null, true)]
    [InlineData(" 2015-12-11T14:43:13.994+01:00 ", "2015-12-11T13:43:13.9940000Z", 60, true)]
    [InlineData("2021-01-07T21:51:59.179+01:15", "2021-01-07T20:36:59.1790000Z", 75, true)]
    [InlineData("2021-01-07T21:51:59-0330", "2021-01-08T01:21:59.0000000Z", -210, true)]
    [InlineData("2021-01-07T21:51:59+02", "2021-01-07T19:51:59.0000000Z", 120, true)]
    [InlineData("1901-12-13T20:45:52.20734379Z", "1901-12-13T20:45:52.2073437Z", null, true)]
    [InlineData("2020-05-01T10:00:00", "2020-05-01T10:00:00.0000000Z", null, false)]
    [InlineData("2020-05-01T10:00:00+00:00", "2020-05-01T10:00:00.0000000Z", 0, true)]
    public void TryParse_ValidTimes_GiveUtc(string text, string utc, int? offsetMinutes, bool hasZone)
    {
        Assert.True(XsdDateTime.TryParse(text, out var parsed, out var offset, out var zone));

        Assert.Equal(utc, parsed.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
        Assert.Equal(offsetMinutes is { } m ? TimeSpan.FromMinutes(m) : null, offset);
        Assert.Equal(hasZone, zone);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2020-02-30T10:00:00Z")]
    [InlineData("2020-05-01T24:00:00Z")]
    [InlineData("2020-05-01T10:00:00.Z")]
    [InlineData("2020-05-01T10:00:00+1:00")]
    [InlineData("2020-05-01T10:00:00+15:00")]
    [InlineData("2020-05-01T10:00:00ZZ")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("２020-05-01T10:00:00Z")]
    public void TryParse_InvalidTimes_AreRefused(string text)
    {
        Assert.False(XsdDateTime.TryParse(text, out _, out _, out _));
    }
}
