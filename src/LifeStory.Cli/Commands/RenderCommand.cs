using System.CommandLine;
using System.Globalization;
using LifeStory.Cli.Reporting;
using LifeStory.Documents.Themes;
using LifeStory.Output;
using LifeStory.Pipeline;

namespace LifeStory.Cli.Commands;

/// <summary>`render`: lay out any Markdown file with a theme, to preview a template's output or test the engine.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The Markdown file. Pictures are found beside it." };
        var theme = new Option<string>("--theme")
        {
            Description = "letter, or one of the book's looks: book (the same as bright), bright, calm, dyslexia-friendly or teen.",
            DefaultValueFactory = _ => "book",
        };
        theme.AcceptOnlyFromAmong("book", "letter", "bright", "calm", "dyslexia-friendly", "teen");
        var output = CommonOptions.Output();
        var format = CommonOptions.Format();
        var paper = CommonOptions.Paper();
        var duplex = CommonOptions.Duplex();
        var booklet = CommonOptions.Booklet();
        var command = new Command("render", "Lay out any Markdown file as a PDF (or PNG pages or HTML) with a theme.")
            { file, theme, output, format, paper, duplex, booklet };
        command.SetAction(parse =>
        {
            var reporter = Reporter.Standard(parse.GetValue(CommonOptions.Quiet));
            return Guard.Run(reporter, () =>
            {
                var source = parse.GetValue(file)!.FullName;
                var layout = CommonOptions.ParseLayout(parse, paper, duplex, format, booklet);
                var chosen = layout.Apply(parse.GetValue(theme) switch
                {
                    "letter" => Theme.Letter,
                    var look => Theme.Named(look) ?? Theme.Book,
                });
                using var composition = MarkdownJob.Compose(source, chosen);
                reporter.Findings(composition.Findings);
                if (composition.Pages is null) return ExitCodes.InvalidInput;
                var fmt = CommonOptions.ParseFormat(parse.GetValue(format));
                var count = composition.Pages.Pages.Count;
                if (parse.GetValue(booklet))
                {
                    var bookletTarget = parse.GetValue(output)?.FullName ?? Renditions.BookletName(source);
                    OutputPlace.Check(bookletTarget, null, MarkdownJob.Inputs(source, composition), []);
                    var file = Renditions.WriteBooklet(composition, bookletTarget);
                    reporter.Result(MakeCommand.BookletWritten(Path.GetRelativePath(Environment.CurrentDirectory, file), count, Renditions.BookletSheets(count)));
                    reporter.Advice(CommonOptions.BookletAdvice);
                    return ExitCodes.Success;
                }
                var target = parse.GetValue(output)?.FullName ?? DefaultTarget(source, Renditions.Extension(fmt));
                if (SamePath(target, source))
                    throw new UsageException($"--output '{Path.GetFileName(target)}' is the Markdown file being rendered; choose another name so it is not overwritten.");
                OutputPlace.Check(target, null, MarkdownJob.Inputs(source, composition), []);
                var written = Renditions.Write(composition, fmt, target);
                reporter.Result(MakeCommand.Wrote(Path.GetRelativePath(Environment.CurrentDirectory, written[0]), fmt, count));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>
    /// The file beside the Markdown with the format's extension. For `--format md` that would be the Markdown
    /// file itself, which a preview must never overwrite, so it gets ".rendered.md" instead.
    /// </summary>
    private static string DefaultTarget(string source, string extension)
    {
        var target = Path.ChangeExtension(source, extension);
        return SamePath(target, source) ? Path.ChangeExtension(source, ".rendered" + extension) : target;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
