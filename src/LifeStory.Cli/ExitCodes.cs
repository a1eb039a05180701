namespace LifeStory.Cli;

/// <summary>The exit codes of every command, as documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked (warnings may have been printed).</summary>
    public const int Success = 0;

    /// <summary>The command line was wrong: an unknown command or option, or a missing argument.</summary>
    public const int Usage = 1;

    /// <summary>The case, a picture or a template has errors; each was printed with its file and line.</summary>
    public const int InvalidInput = 2;

    /// <summary>The output could not be written, or something unexpected failed. Any earlier output is untouched.</summary>
    public const int Failure = 3;
}
