namespace LifeStory.Documents.Model;

/// <summary>
/// One person on a family tree: the name the child knows them by, what they are to the child ("my birth mum"),
/// their picture if there is one (resolved by the picture source, like any other picture), and whether this
/// is the child the book is for, who is drawn highlighted so they can find themselves first. A photo the case
/// marks as sensitive keeps its black and white on the tree too. The picture's focus point, when it has one, is
/// where the face circle is cut from.
/// </summary>
public sealed record FamilyTreePerson(string Name, string? Role, string? Picture, bool IsChild, bool BlackAndWhite = false, PictureFocus? Focus = null);
