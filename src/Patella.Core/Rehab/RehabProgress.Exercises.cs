namespace Patella.Core.Rehab;

/// <summary>The exercise half of the replay: today's session, and regress or progress after each session
/// (<see cref="RehabRules.ExercisePain"/>, <see cref="RehabRules.ProgressDose"/>).</summary>
internal sealed partial class RehabProgress
{
    /// <summary>Today's session for the current phase, hip work first, with regressions and doses applied.</summary>
    public IReadOnlyList<PrescribedExercise> Session()
    {
        var session = new List<PrescribedExercise>();
        foreach (var slot in ActiveSlots())
        {
            if (slot.CurrentId is { } id && session.All(p => p.Id != id))
            {
                session.Add(Dose.Prescribe(_catalogue.Get(id), slot.Level, id == slot.OriginalId ? null : slot.OriginalId));
            }
        }

        return session;
    }

    private IEnumerable<ExerciseSlot> ActiveSlots() =>
        _catalogue.For(Phase)
            .OrderBy(e => e.Target == ExerciseTarget.HipAbductorsExternalRotators ? 0 : 1)
            .Select(e => _slots.TryGetValue(e.Id, out var s) ? s : _slots[e.Id] = new ExerciseSlot(e.Id));

    private void AdaptExercises(CheckIn c)
    {
        if (!c.ExercisesDone)
        {
            return;
        }

        var slots = ActiveSlots().ToList();
        if (c.ExercisePain is { Points: > 0 } pain)
        {
            var named = c.PainfulExerciseIds.Count > 0;
            // A left-out exercise was not done, so it cannot be the one that hurt.
            var culprits = slots.Where(s => s.CurrentId is { } id && (named
                ? c.PainfulExerciseIds.Contains(id) || c.PainfulExerciseIds.Contains(s.OriginalId)
                : _catalogue.Get(id).LoadsBentKnee)).ToList();
            foreach (var s in slots)
            {
                s.PainFree = 0;
            }

            if (culprits.Count == 0)
            {
                Changes.Add(new(c.Date, PlanChangeKind.Exercise, RehabRules.ExercisePain.Id, "session",
                    Text($"exercise pain {pain} without naming the exercise, and no bent-knee exercise in the session: nothing progresses; name the exercise that hurt to regress it")));
            }

            var hurt = culprits.Select(s => s.CurrentId ?? s.OriginalId).ToHashSet(StringComparer.Ordinal);
            foreach (var s in culprits)
            {
                Regress(s, c.Date, pain, slots, hurt);
            }

            return;
        }

        foreach (var s in _slots.Values.Where(s => slots.Contains(s) || s.CurrentId is null))
        {
            if (++s.PainFree >= RehabRules.PainFreeSessionsToProgress)
            {
                Progress(s, c.Date);
                s.PainFree = 0;
            }
        }
    }

    private void Regress(ExerciseSlot s, DateOnly date, PainScore pain, List<ExerciseSlot> session, HashSet<string> hurt)
    {
        var current = _catalogue.Get(s.CurrentId!);
        string what;
        if (current.EasierId is { } easier && !hurt.Contains(easier) && session.All(o => o == s || o.CurrentId != easier))
        {
            s.CurrentId = easier;
            s.Level = 0;
            what = Text($"{current.Name} replaced by {_catalogue.Get(easier).Name}");
        }
        else if (current.EasierId is { } present)
        {
            s.CurrentId = null;
            what = Text($"{current.Name} left out: its easier variation, {_catalogue.Get(present).Name}, {(hurt.Contains(present) ? "hurt too" : "is already in the session")}");
        }
        else if (Dose.Lower(current, s.Level) is { } lower)
        {
            s.Level = lower;
            what = Text($"{current.Name} back to {Dose.Prescribe(current, lower, null).DoseText}");
        }
        else
        {
            s.CurrentId = null;
            what = Text($"{current.Name} left out: it has no easier variation; tell your clinician");
        }

        Changes.Add(new(date, PlanChangeKind.Exercise, RehabRules.ExercisePain.Id, s.OriginalId, Text($"exercise pain {pain}: {what}")));
    }

    private void Progress(ExerciseSlot s, DateOnly date)
    {
        var original = _catalogue.Get(s.OriginalId);
        if (s.CurrentId != s.OriginalId)
        {
            s.CurrentId = s.OriginalId;
            s.Level = 0;
            Changes.Add(new(date, PlanChangeKind.Exercise, RehabRules.ProgressDose.Id, s.OriginalId,
                Text($"{RehabRules.PainFreeSessionsToProgress} pain-free sessions: {original.Name} is back at {Dose.Prescribe(original, 0, null).DoseText}")));
        }
        else if (Dose.Higher(original, s.Level) is { } higher)
        {
            s.Level = higher;
            Changes.Add(new(date, PlanChangeKind.Exercise, RehabRules.ProgressDose.Id, s.OriginalId,
                Text($"{RehabRules.PainFreeSessionsToProgress} pain-free sessions: {original.Name} up to {Dose.Prescribe(original, higher, null).DoseText}")));
        }
    }

    private sealed class ExerciseSlot(string originalId)
    {
        public string OriginalId { get; } = originalId;

        /// <summary>The exercise done in its place; null while left out.</summary>
        public string? CurrentId { get; set; } = originalId;

        public int Level { get; set; }

        public int PainFree { get; set; }
    }
}
