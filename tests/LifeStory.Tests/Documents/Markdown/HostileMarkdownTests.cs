using System.Globalization;
using System.Text;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Layout;
using LifeStory.Tests.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Markdown;

/// <summary>
/// A property test: whatever Markdown arrives (a template author's typo, a pasted e-mail, a child's own words
/// with emoji), reading it never throws, laying it out in either theme never throws, and the layout keeps
/// its rules. Cases come from <see cref="MarkdownFuzzer"/> with fixed seeds, so every run tests the same text
/// and a failure names the seed and the Markdown that reproduce it.
/// </summary>
public sealed class HostileMarkdownTests(HostileMarkdownTests.PictureFolder folder) : IClassFixture<HostileMarkdownTests.PictureFolder>
{
    private const int Cases = 300;

    /// <summary>Longer than any case should take; a case that hangs fails with its seed instead of stalling the run.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 0; seed < Cases; seed++) seeds.Add(seed);
        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Given_hostile_Markdown_When_read_and_laid_out_in_each_theme_Then_nothing_throws_and_the_layout_holds(int seed)
    {
        var markdown = MarkdownFuzzer.Generate(seed);
        var stage = "generating";
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A thread of its own, and the clock starts when the case does: on a busy CI machine the shared pool
        // can be starved by other tests for longer than the limit, which once failed a case that takes 1 s.
        var work = Task.Factory.StartNew(() =>
        {
            started.SetResult();
            stage = "MarkdownReader.Read";
            var document = MarkdownReader.Read(markdown, new DocumentInfo("Hostile " + seed.ToString(CultureInfo.InvariantCulture)));
            foreach (var theme in new[] { Theme.Book, Theme.Letter })
            {
                stage = $"LayoutEngine.Layout ({theme.Name})";
                var laid = LayoutEngine.Layout(document, theme, FontLibrary.Default, folder.Pictures);
                stage = $"LayoutInvariants.AssertHold ({theme.Name})";
                LayoutInvariants.AssertHold(laid);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        await Task.WhenAny(started.Task, work);
        if (await Task.WhenAny(work, Task.Delay(Limit)) != work)
            Assert.Fail(Report(seed, markdown, $"{stage} did not finish within {Limit.TotalSeconds:0} s", null));
        try
        {
            await work;
        }
        catch (Exception failure)
        {
            Assert.Fail(Report(seed, markdown, $"{stage} failed: {failure.GetType().Name}", failure));
        }
    }

    [Fact]
    public void Given_the_same_seed_When_generated_twice_Then_the_Markdown_is_the_same()
    {
        Assert.Equal(MarkdownFuzzer.Generate(42), MarkdownFuzzer.Generate(42));
        Assert.NotEqual(MarkdownFuzzer.Generate(42), MarkdownFuzzer.Generate(43));
    }

    private static string Report(int seed, string markdown, string what, Exception? exception)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Hostile Markdown case seed {seed}: {what}.\n");
        text.Append(CultureInfo.InvariantCulture, $"Reproduce with MarkdownFuzzer.Generate({seed}), or this Markdown ({markdown.Length} characters) as a C# string:\n");
        text.Append(Literal(markdown)).Append('\n');
        if (exception is not null) text.Append(exception).Append('\n');
        return text.ToString();
    }

    /// <summary>The text as a C# string literal, with control, format and surrogate characters escaped so it can be pasted back.</summary>
    internal static string Literal(string text)
    {
        var literal = new StringBuilder(text.Length + 16).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': literal.Append("\\\""); break;
                case '\\': literal.Append("\\\\"); break;
                case '\n': literal.Append("\\n"); break;
                case '\r': literal.Append("\\r"); break;
                case '\t': literal.Append("\\t"); break;
                case '\0': literal.Append("\\0"); break;
                default:
                    var category = char.GetUnicodeCategory(c);
                    if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned)
                        literal.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    else
                        literal.Append(c);
                    break;
            }
        }
        return literal.Append('"').ToString();
    }

    /// <summary>A temporary folder holding one small real PNG (<see cref="MarkdownFuzzer.RealPicture"/>), shared by every case.</summary>
    public sealed class PictureFolder : IDisposable
    {
        private readonly TempFolder _folder = new();

        public PictureFolder()
        {
            _folder.Write(MarkdownFuzzer.RealPicture, TestImages.Png(48, 32, SKColors.SeaGreen));
            Pictures = FolderPictureSource.Under(_folder.Path);
        }

        public FolderPictureSource Pictures { get; }

        public void Dispose()
        {
            Pictures.Dispose();
            _folder.Dispose();
        }
    }
}
