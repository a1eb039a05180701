using System.Globalization;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// <c>::: scale</c> as a table a screen reader can read (caption with what 0 and 10 mean, a row per person with
/// the number) whose score cells also draw a bar. The bar is decoration, hidden from assistive technology.
/// </summary>
internal static class ScaleWriter
{
    public static void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var scale = ScaleReader.Read(container);
        if (scale is null)
        {
            renderer.WriteLine("<div class=\"scale\">");
            renderer.WriteChildren(container);
            renderer.EnsureLine().WriteLine("</div>");
            return;
        }
        renderer.WriteLine("<figure class=\"scale\">");
        renderer.WriteLine("<table class=\"scale-table\">");
        renderer.Write("<caption>").Write(HtmlText.Encode(Caption(scale))).WriteLine("</caption>");
        renderer.WriteLine("<thead><tr><th scope=\"col\">Who</th><th scope=\"col\">Score (0 to 10)</th></tr></thead>");
        renderer.WriteLine("<tbody>");
        foreach (var score in scale.Scores)
        {
            var step = ((int)Math.Round(score.Value * 2, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
            renderer.Write("<tr><th scope=\"row\">").Write(HtmlText.Encode(score.Name)).Write("</th>")
                .Write("<td class=\"scale-score\"><span class=\"scale-bar\" aria-hidden=\"true\"><span class=\"scale-fill s").Write(step)
                .Write("\"></span></span> <span class=\"scale-number\">").Write(HtmlText.Encode(score.Typed)).WriteLine("</span></td></tr>");
        }
        renderer.WriteLine("</tbody>");
        renderer.WriteLine("</table>");
        renderer.WriteLine("</figure>");
    }

    private static string Caption(ScaleReading scale)
    {
        var ends = (scale.Zero, scale.Ten) switch
        {
            ({ } zero, { } ten) => $"On this scale from 0 to 10, 0 means “{zero}” and 10 means “{ten}”.",
            ({ } zero, null) => $"On this scale from 0 to 10, 0 means “{zero}”.",
            (null, { } ten) => $"On this scale from 0 to 10, 10 means “{ten}”.",
            _ => "Scores on a scale from 0 to 10.",
        };
        return scale.Question is null ? ends : $"{scale.Question} {ends}";
    }
}
