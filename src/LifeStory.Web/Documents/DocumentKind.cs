using System.Globalization;
using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Web.Documents.Languages;

namespace LifeStory.Web.Documents;

/// <summary>Which document, for which reader: the book for carers, the latest review letter for the child…</summary>
/// <param name="ReviewDate">For a review letter or a conference's outcome, the meeting it is about; the latest meeting when null.</param>
public sealed record DocumentKind(Product Product, Audience Reader, DateOnly? ReviewDate = null)
{
    /// <summary>The words it is written in: English unless another language, two languages or easy read is chosen.</summary>
    public DocumentLanguage Language { get; init; } = DocumentLanguage.English;

    /// <summary>
    /// Everything that makes this document different from another of the same revision: part of every cache key, so
    /// the Arabic letter is never served for the English one, nor one meeting's letter for another's.
    /// </summary>
    public string Key => $"{Product}:{Reader}:{ReviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{Language.Value}";

    public static IReadOnlyList<Product> Products { get; } = [Product.Book, Product.Minutes, Product.LaterLifeLetter];

    public static IReadOnlyList<Audience> Readers { get; } = [Audience.Child, Audience.Carers, Audience.Parents, Audience.Record];

    public string Title => Product switch
    {
        Product.Book => "Life-story book",
        Product.Minutes => ReviewDate is { } day ? $"Review letter of {day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}" : "Latest review letter",
        Product.Conference => ReviewDate is { } day ? $"Conference outcome of {day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}" : "Latest conference outcome",
        Product.PathwayPlan => "Pathway plan",
        _ => "Later-life letter",
    } + $" — {ReaderNames.For(Reader)} version{Language.Words}";

    public static string Slug(Product product) => product switch
    {
        Product.Book => "book",
        Product.Minutes => "review-letter",
        Product.Conference => "conference-outcome",
        Product.PathwayPlan => "pathway-plan",
        _ => "later-life-letter",
    };

    public static Product? ParseProduct(string? value) => value switch
    {
        "book" => Product.Book,
        "review-letter" => Product.Minutes,
        "later-life-letter" => Product.LaterLifeLetter,
        "conference-outcome" => Product.Conference,
        "pathway-plan" => Product.PathwayPlan,
        _ => null,
    };

    public static DocumentKind? Parse(string? product, string? reader) =>
        ParseProduct(product) is { } p && ReaderNames.Parse(reader) is { } r ? new DocumentKind(p, r) : null;

    /// <summary>As <see cref="Parse(string?, string?)"/>, with the meeting a review letter is about (yyyy-MM-dd): null when it is no such day.</summary>
    public static DocumentKind? Parse(string? product, string? reader, string? reviewDate)
    {
        if (Parse(product, reader) is not { } kind) return null;
        if (string.IsNullOrEmpty(reviewDate)) return kind;
        if (kind.Product is not (Product.Minutes or Product.Conference) || ParseDate(reviewDate) is not { } day) return null;
        return kind with { ReviewDate = day };
    }

    /// <summary>A meeting's day as written in addresses, 2026-09-15; null for anything else.</summary>
    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The name a made file is given: the document, its meeting's day for a chosen review letter, and the reader.</summary>
    public string FileName => Slug(Product) + (ReviewDate is { } d ? "-" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")
        + $"-for-{Reader.ToString().ToLowerInvariant()}" + Language.FileSuffix;
}
