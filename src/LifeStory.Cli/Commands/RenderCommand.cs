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
                    var file = Renditions.WriteBooklet(composition, bookletTarget);
                    reporter.Result(MakeCommand.BookletWritten(Path.GetRelativePath(Environment.CurrentDirectory, file), count, Renditions.BookletSheets(count)));
                    reporter.Advice(CommonOptions.BookletAdvice);
                    return ExitCodes.Success;
                }
                var target = parse.GetValue(output)?.FullName ?? Path.ChangeExtension(source, Renditions.Extension(fmt));
                var written = Renditions.Write(composition, fmt, target);
                reporter.Result($"Wrote {Path.GetRelativePath(Environment.CurrentDirectory, written[0])} ({count.ToString(CultureInfo.InvariantCulture)} pages)");
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
