using LifeStory.Documents.Model;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// A part of a left-to-right page that reads right to left: the Arabic half of each section of a bilingual letter,
/// which the bilingual document names (<see cref="BilingualLayout"/>): not guessed from its words, since an Arabic
/// part's list can hold only English names ("Margaret Evans، foster carer") and its heading can be a name ("Mama"),
/// yet they belong to the Arabic and must line up with it. Every block in it is laid out as on a right-to-left page and mirrored
/// within its own width, as a whole right-to-left page is (<see cref="PageMirror"/>): a list's bullets and numbers on
/// the right with the words aligned right after them, a quote's bar on the right, a table's first column on the
/// right, a paragraph ordered with the part's direction (an English sentence left untranslated that ends in an
/// Arabic word reads from the right, as it would on an Arabic page). So the child reads the Arabic as an Arabic
/// book lays it out, beside the English as an English book does.
/// </summary>
internal static class RightToLeftPart
{
    public static IEnumerable<FlowBox> Layout(Block block, LayoutContext context, float width)
    {
        var part = context.ForRightToLeftPart();
        return BlockLayout.Layout(block, part, width).Select(box => box with
        {
            Items = [.. box.Items.Select(item => PageMirror.Mirror(item, width))],
            RepeatHeader = box.RepeatHeader is { } header
                ? header with { Items = [.. header.Items.Select(item => PageMirror.Mirror(item, width))] }
                : null,
        });
    }
}
