namespace LifeStory.Web.Editing;

/// <summary>What an edit form's "editing together" panel (_Together.cshtml) needs: the child, and the form's own address.</summary>
public sealed record Together(Guid ChildId, string Form)
{
    /// <summary>The form element's attributes that turn on autosave (wwwroot/js/drafts.js) for it.</summary>
    public string DraftsUrl => $"/Children/{ChildId}/Drafts?form={Uri.EscapeDataString(Form)}";
}
