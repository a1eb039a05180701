using System.Globalization;
using LifeStory.Documents.Themes;
using SkiaSharp;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>Theme values written as CSS: colours as hex, sizes in points, paper sizes by name.</summary>
internal static class CssValues
{
    private static readonly string[] PageNames = ["A3", "A4", "A5", "B4", "B5", "letter", "legal", "ledger"];

    public static string Hex(SKColor color) => $"#{color.Red:X2}{color.Green:X2}{color.Blue:X2}";

    public static string Pt(float points) => Number(points) + "pt";

    public static string Number(float value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The <c>@page size</c>: a CSS paper name when there is one, else the width and height.</summary>
    public static string PageSize(PageSize page) =>
        PageNames.FirstOrDefault(name => string.Equals(name, page.Name, StringComparison.OrdinalIgnoreCase))
        ?? $"{Pt(page.Width)} {Pt(page.Height)}";
}
