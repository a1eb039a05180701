using LifeStory.Documents.Model;
using LifeStory.Documents.Text;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// A part of a left-to-right page that reads right to left: the Arabic half of each section of a bilingual letter,
/// from its Arabic heading to the next heading. Every block in it is laid out as on a right-to-left page and mirrored
/// within its own width, as a whole right-to-left page is (<see cref="PageMirror"/>): a list's bullets and numbers on
/// the right with the words aligned right after them, a quote's bar on the right, a table's first column on the
/// right, a paragraph ordered with the part's direction (an English sentence left untranslated that ends in an
/// Arabic word reads from the right, as it would on an Arabic page). So the child reads the Arabic as an Arabic
/// book lays it out, beside the English as an English book does.
/// </summary>
internal static class RightToLeftPart
{
    /// <summary>
    /// For each top-level block, whether it lies in a right-to-left part. A part starts at a first- or second-level
    /// heading and reads as its heading does (its first strong letter, Unicode's rules P2 and P3). Why the heading and
    /// not each list's own words: an Arabic part's list can hold only English names ("Margaret Evans، foster carer"),
    /// yet it is a list in the Arabic part and must line up with the Arabic around it.
    /// </summary>
    public static bool[] Find(IReadOnlyList<Block> blocks)
    {
        var parts = new bool[blocks.Count];
        var rightToLeft = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is HeadingBlock { Level: <= 2 } heading)
                rightToLeft = BidiClass.Of(string.Concat(heading.Inlines.Select(inline => inline.Text))) == true;
            parts[i] = rightToLeft;
        }
        return parts;
    }

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
