using System.Globalization;
using System.Text;
using LifeStory.Documents.Model;
using LifeStory.Web.Children;
using LifeStory.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LifeStory.Web.Pictures;

/// <summary>
/// A small image of one photo or drawing of the latest version: upright, or cropped as the book crops it. A focus
/// point in the address (?x=0.3&amp;y=0.4) shows the crops for a point not yet saved, as the person clicks; bw=1 and
/// small=1 (or 0) show them printed in black and white or small, as ticked but not yet saved.
/// </summary>
public sealed class PictureImageModel(ChildAccess access, RevisionStore revisions, PicturePreviews previews) : ChildPage(access)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = "";

    [BindProperty(SupportsGet = true)] public int Index { get; set; }

    [BindProperty(SupportsGet = true)] public string View { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(string? x, string? y, string? bw, string? small)
    {
        if (await RefuseAsync(Id, ChildAction.Change) is { } refused) return refused;
        if (PictureKind.FromRoute(Kind) is not { } kind || !Enum.TryParse<PictureView>(View, ignoreCase: true, out var view)) return NotFound();
        var cancel = HttpContext.RequestAborted;
        var latest = await revisions.LatestAsync(Id, cancel);
        if (latest is null) return NotFound();
        var model = PicturesModel.Load(Encoding.UTF8.GetString(await revisions.ReadFileAsync(latest, "case.yaml", cancel) ?? []));
        var (file, saved) = kind.IsPhoto
            ? Index >= 0 && Index < model.Photos.Count ? (model.Photos[Index].File, model.Photos[Index].Focus) : (null, null)
            : Index >= 0 && Index < model.Drawings.Count ? (model.Drawings[Index].File, null) : ((string?)null, (LifeStory.Cases.Model.FocusPoint?)null);
        if (file is null || await revisions.ReadFileAsync(latest, file, cancel) is not { } stored) return NotFound();
        var focus = Fraction(x) is { } fx && Fraction(y) is { } fy ? new PictureFocus(fx, fy)
            : saved is { } point ? new PictureFocus((float)point.X, (float)point.Y) : null;
        // Ticked or unticked on the form but not saved yet: the address says so; otherwise as the case says.
        var sensitive = kind.IsPhoto ? model.Photos[Index].Sensitive : null;
        var printed = new PrintedAs(Flag(small) ?? sensitive?.Smaller ?? false, Flag(bw) ?? sensitive?.BlackAndWhite ?? false);
        var preview = previews.Make(stored, file, view, focus, printed);
        return File(preview.Content, preview.ContentType);
    }

    private static bool? Flag(string? text) => text switch { "1" => true, "0" => false, _ => null };

    private static float? Fraction(string? text) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1 ? value : null;
}
