namespace LifeStory.Web.Pictures;

/// <summary>Photos or the child's drawings: the same page, upload and previews, a different list, folder and fields.</summary>
public sealed record PictureKind(string Route, string List, string Folder, string One, string Many)
{
    public static PictureKind Photos { get; } = new("Photos", "photos", "photos", "photo", "photos");

    public static PictureKind Drawings { get; } = new("Drawings", "drawings", "drawings", "drawing", "drawings");

    public bool IsPhoto => this == Photos;

    /// <summary>The kind a page's address names, or null for any other word.</summary>
    public static PictureKind? FromRoute(string? route) =>
        string.Equals(route, Photos.Route, StringComparison.OrdinalIgnoreCase) ? Photos
        : string.Equals(route, Drawings.Route, StringComparison.OrdinalIgnoreCase) ? Drawings
        : null;
}
