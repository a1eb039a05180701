using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Output;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Output;

/// <summary>
/// A full disk met half way through a PDF: the disk is simulated by a file stream that fails with ENOSPC after a
/// number of bytes (an injected stream fault; a real 300 KB tmpfs gave the same result by hand, see the README).
/// </summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Given_the_disk_fills_while_skia_writes_a_pdf_When_written_Then_a_disk_full_error_the_old_file_kept_and_no_temporary_left()
    {
        var target = _folder.File("book.pdf");
        File.WriteAllText(target, "the last good book");

        var full = Assert.Throws<DiskFullException>(() => AtomicFile.Write(target, WritePdf, path => new FullDisk(path, 20_000)));

        Assert.Equal($"The disk is full: 'book.pdf' could not be written in '{_folder.Path}'.", full.Message);
        Assert.Equal("the last good book", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Given_a_writer_that_works_When_written_Then_the_file_is_in_place_and_nothing_else()
    {
        var target = _folder.File("book.pdf");

        AtomicFile.Write(target, WritePdf);

        Assert.StartsWith("%PDF-", File.ReadAllText(target), StringComparison.Ordinal);
        // The plain overload lists hidden files too (the temporary ones start with a dot).
        Assert.Equal([target], Directory.GetFiles(_folder.Path));
    }

    private static void WritePdf(Stream stream)
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"Paragraph {i} about the park and the ducks and the swings."));
        using var pictures = new FolderPictureSource(_ => null);
        var laid = LayoutEngine.Layout(MarkdownReader.Read(text, new DocumentInfo("Full")), Theme.Book, FontLibrary.Default, pictures);
        PdfWriter.Write(laid, pictures, stream, RenderOptions.Screen);
    }

    /// <summary>A file that takes <paramref name="room"/> bytes and then fails as a full Linux disk does (ENOSPC, errno 28).</summary>
    private sealed class FullDisk(string path, long room) : FileStream(path, FileMode.CreateNew, FileAccess.Write)
    {
        private long _written;

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _written += buffer.Length;
            if (_written > room) throw new IOException("No space left on device", 28);
            base.Write(buffer);
        }

        public override void WriteByte(byte value) => Write([value]);
    }
}
