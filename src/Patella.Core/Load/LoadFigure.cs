using System.Globalization;
using Patella.Core.Measures;

namespace Patella.Core.Load;

/// <summary>
/// One number that fired (or explains) a finding, with its unit, e.g. ("thisWeek", 42.0, "km").
/// Distances are already in the runner's unit.
/// </summary>
/// <param name="Name">camelCase key, stable for scripts: e.g. <c>thisWeek</c>, <c>allowed</c>, <c>ratio</c>.</param>
/// <param name="Value">The number, rounded for display (distances 0.1, ratios 0.01).</param>
/// <param name="Unit"><c>km</c>, <c>mi</c>, <c>m</c>, <c>%</c>, <c>min</c>, <c>AU</c>, <c>ratio</c>, <c>days</c>.</param>
public sealed record LoadFigure(string Name, double Value, string Unit)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} {Value} {Unit}");

    internal static LoadFigure Of(string name, Distance distance, DistanceUnit unit) =>
        new(name, Math.Round(unit.ValueOf(distance), 1), unit.Symbol());

    internal static LoadFigure Percent(string name, double fraction) => new(name, Math.Round(fraction * 100, 1), "%");

    internal static LoadFigure Ratio(string name, double ratio) => new(name, Math.Round(ratio, 2), "ratio");
}

/// <summary>Distances shown in the runner's unit.</summary>
public static class DistanceUnitFormat
{
    /// <summary><c>km</c> or <c>mi</c>.</summary>
    public static string Symbol(this DistanceUnit unit) => unit == DistanceUnit.Miles ? "mi" : "km";

    /// <summary>The distance in this unit.</summary>
    public static double ValueOf(this DistanceUnit unit, Distance distance) =>
        unit == DistanceUnit.Miles ? distance.Miles : distance.Kilometres;

    /// <summary>A distance given in this unit.</summary>
    public static Distance Distance(this DistanceUnit unit, double value) =>
        unit == DistanceUnit.Miles ? Measures.Distance.FromMiles(value) : Measures.Distance.FromKilometres(value);

    /// <summary>e.g. "42.2 km", invariant culture.</summary>
    public static string Format(this DistanceUnit unit, Distance distance) =>
        string.Create(CultureInfo.InvariantCulture, $"{unit.ValueOf(distance):0.0} {unit.Symbol()}");
}
