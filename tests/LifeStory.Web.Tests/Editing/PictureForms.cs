using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LifeStory.Web.Children;
using LifeStory.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Editing;

/// <summary>What a browser sends from the photos page: several files in one upload, or one photo's form as filled in.</summary>
internal static class PictureForms
{
    public static string Url(Guid child, string kind = "Photos") => $"/Children/{child}/Edit/{kind}";

    public static async Task<HttpResponseMessage> UploadAsync(Session session, Guid child, IEnumerable<(string Name, byte[] Content)> files, string kind = "Photos")
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        form.Add(new StringContent(await session.TokenFromAsync(Url(child, kind))), "__RequestVerificationToken");
        return await session.Client.PostAsync($"{Url(child, kind)}?handler=Upload", form);
    }

    /// <summary>The successful controls of one item's form, in order, as a browser submits them (only ticked boxes).</summary>
    public static List<KeyValuePair<string, string>> ItemFields(IHtmlDocument page, string anchor)
    {
        var form = page.GetElementById(anchor)!.QuerySelector("form")!;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is "checkbox" or "radio" && !input.IsChecked || input.Name == "__RequestVerificationToken") continue;
            fields.Add(new(input.Name!, input.Value ?? ""));
        }
        foreach (var area in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]")) fields.Add(new(area.Name!, area.Value ?? ""));
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]")) fields.Add(new(select.Name!, select.Value ?? ""));
        return fields;
    }

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var at = fields.FindIndex(f => f.Key == name);
        if (at < 0) fields.Add(new(name, value));
        else fields[at] = new(name, value);
        return fields;
    }

    public static async Task<HttpResponseMessage> SaveAsync(Session session, Guid child, List<KeyValuePair<string, string>> fields, string kind = "Photos")
    {
        var sent = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", await session.TokenFromAsync(Url(child, kind))) };
        return await session.Client.PostAsync($"{Url(child, kind)}?handler=Save", new FormUrlEncodedContent(sent));
    }

    public static Task<(int Number, byte[]? File)> LatestFileAsync(WebHost host, Guid child, string path) => host.WithScopeAsync(async s =>
    {
        var store = s.GetRequiredService<RevisionStore>();
        var latest = (await store.LatestAsync(child, CancellationToken.None))!;
        return (latest.Number, await store.ReadFileAsync(latest, path, CancellationToken.None));
    });

    public static Task<byte[]?> FileAtAsync(WebHost host, Guid child, int version, string path) => host.WithScopeAsync(async s =>
    {
        var store = s.GetRequiredService<RevisionStore>();
        return await store.ReadFileAsync((await store.FindAsync(child, version, CancellationToken.None))!, path, CancellationToken.None);
    });
}
