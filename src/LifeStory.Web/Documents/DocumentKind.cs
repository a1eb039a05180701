using LifeStory.Cases.Model;
using LifeStory.Pipeline;

namespace LifeStory.Web.Documents;

/// <summary>Which document, for which reader: the book for carers, the latest review letter for the child…</summary>
/// <param name="ReviewDate">For a review letter, the meeting it follows; the latest when null.</param>
public sealed record DocumentKind(Product Product, Audience Reader, DateOnly? ReviewDate = null)
{
    public static IReadOnlyList<Product> Products { get; } = [Product.Book, Product.Minutes, Product.LaterLifeLetter];

    public static IReadOnlyList<Audience> Readers { get; } = [Audience.Child, Audience.Carers, Audience.Parents, Audience.Record];

    public string Title => Product switch
    {
        Product.Book => "Life-story book",
        Product.Minutes => "Latest review letter",
        _ => "Later-life letter",
    } + $" — {ReaderNames.For(Reader)} version";

    public static string Slug(Product product) => product switch
    {
        Product.Book => "book",
        Product.Minutes => "review-letter",
        _ => "later-life-letter",
    };

    public static Product? ParseProduct(string? value) => value switch
    {
        "book" => Product.Book,
        "review-letter" => Product.Minutes,
        "later-life-letter" => Product.LaterLifeLetter,
        _ => null,
    };

    public static DocumentKind? Parse(string? product, string? reader) =>
        ParseProduct(product) is { } p && ReaderNames.Parse(reader) is { } r ? new DocumentKind(p, r) : null;
}
