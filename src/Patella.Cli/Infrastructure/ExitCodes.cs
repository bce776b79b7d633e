namespace Patella.Cli.Infrastructure;

/// <summary>The exit codes scripts rely on (DESIGN.md).</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Bad input: a file, a value, an answer; the message is on stderr and nothing was half-written.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
}
