using System.Globalization;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Layout;
using LifeStory.Tests.Documents.Pictures;
using LifeStory.Tests.Documents.Rendering.Html;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Markdown;

/// <summary>
/// A property test for <c>::: family-tree</c>: whatever a template (or a typo in one) writes inside it, reading
/// never throws, the layout keeps its rules in both themes and on A5, inside panels, quotes and beside a
/// picture, and the HTML is well formed. Cases come from fixed seeds, so a failure names the seed and the text.
/// </summary>
public sealed class FamilyTreeHostileTests(FamilyTreeHostileTests.PictureFolder folder) : IClassFixture<FamilyTreeHostileTests.PictureFolder>
{
    private const int Cases = 40;

    private static readonly string[] Names =
    [
        "Kelly", "Mum Kelly", "**Maisie**", "__Leo__", "***Jo***", "", " ", "يوسف", "ሰላም", "😀", "Zoë", "\\|", "\\(x\\)", "a:b", "\\:",
        "(", ")", "((", "**", "*", "\\", "[Nan](http://example.org)", "`Sam`", "&amp;", "&#124;", "<b>", "{{ name }}", "\t", "\u0000",
        "\u200F", new string('W', 70), "Bartholomew-Fitzwilliam-Smythe-Johnson", "e\u0301",
    ];

    private static readonly string[] Roles = ["", "(my mum)", "(", "()", "(a (b) c)", "(**me**)", "(my birth mum) (again)", "(أمي)", "( )", ")"];

    private static readonly string[] Pictures =
    [
        "", "", "![](pic.png)", "![](missing.jpg)", "![Me](<pic.png> \"Me\"){.bw .fill}", "![]()", "![](../../etc/passwd)", "![x](pic.png)![y](pic.png)",
    ];

    private static readonly string[] Labels = ["Grown-ups", "", " ", "Looking after me", "(x)", "عائلتي", "**Bold**", "a\\:b", new string('L', 90), "1"];

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 0; seed < Cases; seed++) seeds.Add(seed);
        return seeds;
    }

    internal static string Generate(int seed)
    {
        var random = new Random(seed);
        string Pick(string[] options) => options[random.Next(options.Length)];
        var lines = new List<string> { Pick(["::: family-tree", "::: family-tree", ":::family-tree", "::: FAMILY-TREE extra words"]) };
        for (int r = 0, rows = random.Next(0, 9); r < rows; r++)
        {
            var people = new List<string>();
            for (int p = 0, count = random.Next(0, random.Next(2) == 0 ? 5 : 30); p < count; p++)
                people.Add(string.Join(" ", new[] { Pick(Names), Pick(Roles), Pick(Pictures) }.OrderBy(_ => random.Next(4))));
            var label = random.Next(8) == 0 ? "" : Pick(Labels) + Pick([":", ":", ":", " :", "\\:", ""]);
            lines.Add(Pick(["- ", "* ", "1. ", "-\t"]) + label + " " + string.Join(Pick([" | ", "|", " || ", " \\| "]), people));
            if (random.Next(6) == 0) lines.Add(Pick(["", "Some words in between.", "  - nested: item | list", "# A heading", "    code"]));
        }
        if (random.Next(5) > 0) lines.Add(":::");
        var tree = string.Join("\n", lines);
        return random.Next(5) switch
        {
            0 => ":::: panel My family\n" + tree + "\n::::",
            1 => string.Join("\n", tree.Split('\n').Select(line => "> " + line)),
            2 => ":::: beside\n![Me](pic.png)\n\n" + tree + "\n::::",
            _ => "# My family\n\n" + tree + "\n\nAfter the tree.",
        };
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Given_a_hostile_family_tree_When_read_laid_out_and_written_Then_nothing_throws_and_the_rules_hold(int seed)
    {
        var markdown = Generate(seed);
        try
        {
            var document = MarkdownReader.Read(markdown, new DocumentInfo("Hostile"));
            foreach (var theme in new[] { Theme.Book, Theme.Letter, Theme.Book with { Page = PageSize.A5 } })
                LayoutInvariants.AssertHold(LayoutEngine.Layout(document, theme, FontLibrary.Default, folder.Pictures));
            HtmlPages.Parse(HtmlPages.Write(markdown, folder.Pictures));
        }
        catch (Exception failure)
        {
            Assert.Fail($"Family tree case seed {seed} failed: {failure.GetType().Name}.\n{HostileMarkdownTests.Literal(markdown)}\n{failure}");
        }
    }

    [Fact]
    public void Given_the_generator_When_run_Then_most_cases_hold_a_tree_with_people()
    {
        var withTrees = Enumerable.Range(0, Cases).Count(seed => Flatten(MarkdownReader.Read(Generate(seed), new DocumentInfo("x")).Blocks)
            .OfType<FamilyTreeBlock>().Any(t => t.Rows.Sum(r => r.People.Count) > 3));

        Assert.True(withTrees >= Cases / 2, $"Only {withTrees.ToString(CultureInfo.InvariantCulture)} of {Cases} cases have a tree worth testing.");
    }

    private static IEnumerable<Block> Flatten(IEnumerable<Block> blocks) => blocks.SelectMany(block => block switch
    {
        PanelBlock panel => Flatten(panel.Blocks),
        QuoteBlock quote => Flatten(quote.Blocks),
        BesideBlock beside => Flatten(beside.Blocks),
        _ => [block],
    });

    /// <summary>A temporary folder holding one small real picture, shared by every case.</summary>
    public sealed class PictureFolder : IDisposable
    {
        private readonly TempFolder _folder = new();

        public PictureFolder()
        {
            _folder.Write("pic.png", TestImages.Png(48, 32, SKColors.SeaGreen));
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
