namespace Patella.Import;

/// <summary>What went wrong with a file, in three kinds a runner can act on.</summary>
public enum ActivityFileErrorKind
{
    /// <summary>The bytes are damaged: bad CRC, truncated, sizes that do not add up.</summary>
    Integrity,
    /// <summary>Not a file of the claimed format, or its structure breaks the format's rules.</summary>
    Format,
    /// <summary>A valid file Patella does not read (a FIT settings file with no activity, a route without times…).</summary>
    Unsupported,
    /// <summary>Refused for safety: too large, a zip bomb, a path escaping the archive, a DTD.</summary>
    Unsafe,
}

/// <summary>
/// The one exception every decoder and reader throws for bad input. Anything else escaping a
/// decoder is a bug. <see cref="Location"/> says where: a byte offset, a line, a zip entry.
/// </summary>
public sealed class ActivityFileException : Exception
{
    public ActivityFileException(ActivityFileErrorKind kind, string reason, string? location = null, Exception? inner = null)
        : base(location is null ? reason : $"{reason} (at {location})", inner)
    {
        Kind = kind;
        Reason = reason;
        Location = location;
    }

    public ActivityFileException()
        : this(ActivityFileErrorKind.Format, "bad activity file")
    {
    }

    public ActivityFileException(string message)
        : this(ActivityFileErrorKind.Format, message)
    {
    }

    public ActivityFileException(string message, Exception innerException)
        : this(ActivityFileErrorKind.Format, message, null, innerException)
    {
    }

    public ActivityFileErrorKind Kind { get; }

    /// <summary>Why, in words a runner reads: "file CRC does not match".</summary>
    public string Reason { get; }

    /// <summary>Where in the file, e.g. "byte 1542" or "line 12, column 4"; null when the whole file is at fault.</summary>
    public string? Location { get; }
}
