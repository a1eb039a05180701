namespace LifeStory.Cases.Model;

/// <summary>A photo in the case folder.</summary>
public sealed record Photo(
    [Describe("A short id other parts of the case use to point at this photo.")] string Id,
    [Describe("The file, relative to the case folder: photos/park.jpg.")] string File,
    [Describe("A caption in the child's words: \"You and Sam at the park\".")] string? Caption = null,
    [Describe("When it was taken, as 2019, 2019-03 or 2019-03-04.")] PartialDate? Date = null,
    [Describe("Ids of the people in the photo.")] IReadOnlyList<string>? People = null,
    [Describe("The part of the photo to keep in view when it is cropped, usually a face: { x: 0.5, y: 0.3 }. A person's round face on the family tree is cut around it.")] FocusPoint? Focus = null,
    [Describe("Readers who must never see this photo: child, carers or parents.")] IReadOnlyList<Audience>? HiddenFrom = null,
    [Describe("For a photo that could upset the child: print it smaller, in black and white, or only from an age band.")] SensitivePicture? Sensitive = null)
{
    public IReadOnlyList<string> People { get; init; } = People ?? [];
    public IReadOnlyList<Audience> HiddenFrom { get; init; } = HiddenFrom ?? [];
}
