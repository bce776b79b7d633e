namespace Patella.Data.Exports;

/// <summary>
/// One FHIR <c>Observation</c> of the export, before it is written: what was observed, on which day, and its value —
/// a whole-point score (<see cref="Score"/>, unit <c>{score}</c>) or a yes/no (<see cref="Present"/>); exactly one is set.
/// </summary>
/// <param name="Kind">What the row gave, e.g. <c>pain-at-rest</c> or <c>kujala</c>: with <paramref name="RowId"/> it names the resource's UUID.</param>
/// <param name="RowId">Id of the stored row (check-in or Kujala score) it comes from.</param>
/// <param name="Codes">Observation.code codings, the standard one first when there is one.</param>
/// <param name="Text">Observation.code.text: what it is in words, with its range and any rule id.</param>
/// <param name="Effective">The runner's local day it is about (FHIR date).</param>
/// <param name="IssuedUtc">When Patella stored it, UTC.</param>
/// <param name="Score">Pain 0-10 or Kujala 0-100.</param>
/// <param name="Present">Swelling, limp or giving way logged (true) or not (false).</param>
/// <param name="Note">Observation.note text, or null for none.</param>
public sealed record FhirObservation(
    string Kind, long RowId, IReadOnlyList<FhirCoding> Codes, string Text, DateOnly Effective, DateTime IssuedUtc, int? Score, bool? Present, string? Note);
