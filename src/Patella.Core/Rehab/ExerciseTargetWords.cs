namespace Patella.Core.Rehab;

/// <summary>A muscle group in the runner's words, one wording for the command line and the web.</summary>
public static class ExerciseTargetWords
{
    /// <summary>"hip abductors and external rotators": the group as the catalogue's doc comments name it, lower case.</summary>
    public static string Words(this ExerciseTarget target) => target switch
    {
        ExerciseTarget.HipAbductorsExternalRotators => "hip abductors and external rotators",
        ExerciseTarget.QuadricepsVmo => "quadriceps (inner thigh, VMO)",
        ExerciseTarget.Foot => "foot muscles",
        ExerciseTarget.Core => "trunk",
        ExerciseTarget.Mobility => "hip and ankle mobility",
        ExerciseTarget.Balance => "single-leg balance",
        _ => target.ToString(),
    };
}
