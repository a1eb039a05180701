using LifeStory.Documents.Layout;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Rendering;

public sealed class ParallelPreparationTests
{
    [Fact]
    public void Given_a_sample_book_When_written_with_one_or_several_threads_Then_the_PDF_bytes_are_identical()
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.Book, Repo.Sample("maisie"), new DateOnly(2026, 11, 23)));
        var pages = composition.Pages!;

        var one = Write(pages, 1, out var oneDecodes);
        var four = Write(pages, 4, out var fourDecodes);

        Assert.True(oneDecodes > 5, $"The sample book should draw several pictures, drew {oneDecodes}.");
        Assert.Equal(oneDecodes, fourDecodes);
        Assert.Equal(one, four);
    }

    [Fact]
    public void Given_pictures_inside_furniture_and_scaled_groups_When_collected_Then_each_distinct_request_is_found_once_in_drawing_order()
    {
        var whole = new SKRect(0, 0, 1, 1);
        var a = new PictureItem(new SKRect(0, 0, 72, 36), "a.jpg", whole, 0);
        var b = new PictureItem(new SKRect(0, 0, 144, 72), "b.jpg", whole, 0);
        var page = new Page(1, [new FurnitureItem(b), a, new ScaledItem(new SKRect(0, 0, 100, 100), [a, a with { Grayscale = true }, b], 0.5f)]);

        var requests = PicturePreparation.Collect([page], 300f);

        Assert.Equal([new PictureRequest("b.jpg", 600, 300, whole), new PictureRequest("a.jpg", 300, 150, whole)], requests);
    }

    /// <summary>Each write gets its own picture source with no disk cache, so every picture really is prepared on those threads.</summary>
    private static byte[] Write(LaidOutDocument pages, int threads, out int decodes)
    {
        var caseFolder = Repo.Sample("maisie");
        using var pictures = new FolderPictureSource(source =>
            LifeStory.Cases.Loading.CaseFiles.TryResolve(caseFolder, source, out var full, out _) ? full : null);
        using var output = new MemoryStream();
        PdfWriter.Write(pages, pictures, output, new RenderOptions(MaxParallelism: threads));
        decodes = pictures.Decodes;
        return output.ToArray();
    }
}
