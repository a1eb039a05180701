namespace LifeStory.Web.Editing.Preview;

/// <summary>
/// What an edit page shows beside its form: the child, and which page — "child" for the child's details,
/// "story:" and a story section's id, or "list:" and a list's key (the chapter that prints it, <see cref="CaseList"/>). An edit page includes the panel with one line:
/// <c>&lt;partial name="/Editing/Preview/_EditPreview.cshtml" model='new EditPreviewPlace(Model.Id, "child")' /&gt;</c>
/// </summary>
public sealed record EditPreviewPlace(Guid Child, string Show)
{
    public string Url(string reader) =>
        $"/Children/{Child}/Edit/Preview?show={Uri.EscapeDataString(Show)}&reader={Uri.EscapeDataString(reader)}";
}
