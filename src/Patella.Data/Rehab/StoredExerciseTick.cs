namespace Patella.Data.Rehab;

/// <summary>
/// One exercise ticked done on one day (the Today page's tick boxes): a row per runner, local date and catalogue id;
/// unticking deletes it. The ticks do not decide anything: the check-in's <see cref="StoredCheckIn.ExercisesDone"/> is
/// what the plan counts, and the ticks only pre-fill it.
/// </summary>
public sealed class StoredExerciseTick
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    /// <summary>The runner's local date the exercise was done.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Catalogue id of the exercise as prescribed that day (the easier variation when regressed).</summary>
    public string ExerciseId { get; set; } = "";

    public DateTime TickedUtc { get; set; }
}
