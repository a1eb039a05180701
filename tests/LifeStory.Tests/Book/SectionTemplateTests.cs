using System.Text;
using LifeStory.Pipeline;
using LifeStory.Templating;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Book;

/// <summary>
/// Each section template of the book, on its own, for each sample child in each age band: the Markdown it
/// writes from exactly the data the pipeline gave the whole book. One approved file per child and band, with
/// a part per template, so a wording change shows as a reviewable diff in the section it touched.
/// </summary>
public sealed class SectionTemplateTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static TheoryData<string, string> Children => new()
    {
        { "maisie", "early_years" },
        { "maisie", "primary" },
        { "maisie", "teen" },
        { "yusuf", "primary" },
        { "yusuf", "teen" },
    };

    [Theory]
    [MemberData(nameof(Children))]
    public void Each_section_template_writes_as_approved(string sample, string band)
    {
        using var variant = SampleVariant.InBand(sample, band);
        using var composition = CasePipeline.Compose(new RunRequest(Product.Book, variant.Folder, Today, Format: OutputFormat.Markdown));
        Assert.NotNull(composition.TemplateData);
        var folders = TemplateFolders.For(variant.Folder, null);
        var sections = Directory.GetFiles(Path.Combine(Repo.Root, "templates", "book"), "*.sbn")
            .Select(f => Path.GetFileNameWithoutExtension(f)).Where(n => n != "book").Order(StringComparer.Ordinal).ToList();
        Assert.True(sections.Count >= 13, "Every section of the book has its own template.");

        var text = new StringBuilder();
        foreach (var section in sections.Append("../shared/who-can-help"))
        {
            var name = section.StartsWith("../", StringComparison.Ordinal) ? section[3..] : "book/" + section;
            var (output, findings) = TemplateRunner.Render(folders, name, composition.TemplateData!);
            Assert.True(output is not null, string.Join("\n", findings));
            text.Append("=== ").Append(name).Append(" ===\n").Append(output!.Trim()).Append("\n\n");
        }
        Golden.Text($"{sample}.{band}", text.ToString());
    }

    [Fact]
    public void The_book_template_includes_every_section_template_once()
    {
        var book = File.ReadAllText(Path.Combine(Repo.Root, "templates", "book", "book.sbn"));
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "templates", "book"), "*.sbn"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (name == "book") continue;
            Assert.Equal(1, CountOf(book, $"include 'book/{name}'"));
        }
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
