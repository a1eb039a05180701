using System.Text;
using LifeStory.Cases.Model;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Pipeline;
using LifeStory.Wording;

namespace LifeStory.Reviews.PrintPack;

/// <summary>
/// The page in front of each letter in a print pack: who the copy is for, which version it is, and — for an adult's
/// copy posted to them — the address to write on the envelope. A child's copy never carries an address: it goes
/// through the people who look after them, and a letter to a child is no place for where anyone lives.
/// </summary>
public static class CoverSheet
{
    public static string Markdown(PackLetter letter)
    {
        var text = new StringBuilder();
        text.Append("# For ").Append(MarkdownText.Escape(letter.RecipientName)).Append("\n\n");
        if (letter.IsAdultCopy && letter.Address is { Length: > 0 } address)
        {
            var lines = address.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // One line of the address to a line, as it goes on the envelope: a backslash at the end is a line break.
            text.Append("Post to:\\\n").Append(string.Join("\\\n", lines.Select(MarkdownText.Escape))).Append("\n\n");
        }
        else if (letter.Route == PackRoute.Post)
            text.Append("Give this letter by hand.\n\n");
        text.Append("This is the ").Append(ReaderNames.For(letter.Reader)).Append(" version of the letter after the review meeting on ")
            .Append(ChildDates.Format(letter.ReviewDate)).Append(". It has ").Append(letter.LetterPages)
            .Append(letter.LetterPages == 1 ? " page" : " pages").Append(", on the pages after this one.\n\n");
        text.Append("Check the name on the first page of the letter before it goes in the envelope: this copy is only for the person named above.\n");
        return text.ToString();
    }

    /// <summary>The cover laid out on the letter's own theme, so it has the letter's page size and fonts.</summary>
    public static LaidOutDocument Layout(PackLetter letter, Theme theme)
    {
        var document = MarkdownReader.Read(Markdown(letter), new DocumentInfo($"Cover sheet for {letter.RecipientName}"));
        return LayoutEngine.Layout(document, theme with { RunningHeader = false, ShowPageTotal = false }, FontLibrary.For(theme.Fonts), NoPictures.Instance);
    }
}

/// <summary>A cover sheet draws no pictures.</summary>
internal sealed class NoPictures : IPictureSource
{
    public static NoPictures Instance { get; } = new();

    public PictureInfo? Describe(string source, out string? problem)
    {
        problem = "A cover sheet has no pictures.";
        return null;
    }

    public SkiaSharp.SKImage Prepare(string source, int pixelWidth, int pixelHeight, SkiaSharp.SKRect crop) =>
        throw new InvalidOperationException("A cover sheet has no pictures.");
}
