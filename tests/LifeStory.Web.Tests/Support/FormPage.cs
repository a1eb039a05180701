using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LifeStory.Web.Tests.Support;

/// <summary>A page's main form, read as a browser reads it: every named field with the value it would send.</summary>
public sealed class FormPage
{
    private FormPage(IHtmlDocument document) => Document = document;

    public IHtmlDocument Document { get; }

    public static async Task<FormPage> OpenAsync(Session session, string url) => Parse(await session.Client.GetStringAsync(url));

    public static FormPage Parse(string html) => new(new HtmlParser().ParseDocument(html));

    /// <summary>
    /// The fields a browser would submit from the page's main form (the posting form with the most fields: the header's
    /// sign-out form has one), by name; the antiforgery token left out, as the session adds its own. Only ticked boxes are
    /// sent, and several ticked boxes of one name are one value joined by ", ", which is how the list forms read them.
    /// </summary>
    public Dictionary<string, string> Fields()
    {
        var form = Document.QuerySelectorAll<IHtmlFormElement>("form")
            .Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
            .MaxBy(f => f.QuerySelectorAll("[name]").Length)!;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is "checkbox" or "radio")
            {
                if (input.IsChecked) fields[input.Name!] = fields.TryGetValue(input.Name!, out var ticked) ? $"{ticked}, {input.Value}" : input.Value ?? "";
                continue;
            }
            fields[input.Name!] = input.Value ?? "";
        }
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]")) fields[select.Name!] = select.Value ?? "";
        foreach (var box in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]")) fields[box.Name!] = box.Value ?? "";
        fields.Remove("__RequestVerificationToken");
        return fields;
    }

    /// <summary>The text shown beside a field: its findings and any notice under it.</summary>
    public string TextBeside(string inputId) => Document.GetElementById(inputId)?.ParentElement?.TextContent ?? "";
}
