using System.CommandLine;
using System.Runtime.InteropServices;
using LifeStory.Documents.Files;
using LifeStory.Cli.Commands;

namespace LifeStory.Cli;

/// <summary>The `lifestory` command: turns a child's case folder into a life-story book or a review letter.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // Before any other thread allocates: picture preparation's freed memory must not pile up in per-thread arenas.
        LifeStory.Documents.Pictures.NativeMemory.LimitArenas();
        // Once, before anything draws: switches Skia to the fastest code paths this CPU has (AVX2 resampling).
        SkiaSharp.SKGraphics.Init();
        // Ctrl+C or a kill request while a PDF is half written: remove the temporary files (they hold the child's
        // photos) before the process ends. The signal then ends the process as usual.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => TemporaryFiles.RemoveAll());
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => TemporaryFiles.RemoveAll());
        using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => TemporaryFiles.RemoveAll());
        return BuildRoot().Parse(args).Invoke();
    }

    internal static RootCommand BuildRoot()
    {
        var root = new RootCommand("LifeStory: life-story books and review letters written for the child.")
        {
            MakeCommand.Book(),
            MakeCommand.Minutes(),
            MakeCommand.LaterLifeLetter(),
            MakeCommand.Conference(),
            MakeCommand.PathwayPlan(),
            CheckCommand.Create(),
            NewCommand.Create(),
            SchemaCommand.Create(),
            RenderCommand.Create(),
            TranslationsCommand.Create(),
        };
        root.Options.Add(CommonOptions.Quiet);
        return root;
    }
}
