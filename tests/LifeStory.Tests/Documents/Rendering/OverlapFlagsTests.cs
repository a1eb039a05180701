using System.Buffers.Binary;
using LifeStory.Documents.Model;
using LifeStory.Documents.Rendering.Fonts;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Rendering;

/// <summary>
/// The subsets lose their "contours overlap" marks (which sent Skia's PDF writer into path simplification for
/// every glyph) and nothing else: every outline and advance stays the same, and the checksums stay right.
/// </summary>
public sealed class OverlapFlagsTests
{
    private const string Letters = "Dear Maisie, Who came? What is going well. 0123456789";

    [Theory]
    [InlineData("friendly", FontRole.Heading)]
    [InlineData("dyslexia-friendly", FontRole.Body)]
    public void Given_a_subset_with_overlap_marks_When_cleared_Then_no_glyph_is_marked_and_every_outline_is_the_same(string set, FontRole role)
    {
        var face = FontLibrary.For(set == "friendly" ? FontSet.Friendly : FontSet.DyslexiaFriendly).Chain(role, InlineStyle.None)[0];
        var glyphs = Shaper.Shape(face, Letters).Glyphs.Distinct().ToList();
        var bytes = FontSubsetter.Subset(face.HarfBuzzFace, glyphs)!;
        var marked = MarkedGlyphs(bytes);
        Assert.True(marked > 0, $"{Path.GetFileName(face.Path)} has no overlap marks, so this test proves nothing with it.");

        var cleared = (byte[])bytes.Clone();
        OverlapFlags.Clear(cleared);

        Assert.Equal(0, MarkedGlyphs(cleared));
        Assert.Equal(0xB1B0AFBAu, WholeFileSum(cleared));
        using var before = SKTypeface.FromData(SKData.CreateCopy(bytes));
        using var after = SKTypeface.FromData(SKData.CreateCopy(cleared));
        using var fontBefore = new SKFont(before, 100) { Hinting = SKFontHinting.None };
        using var fontAfter = new SKFont(after, 100) { Hinting = SKFontHinting.None };
        foreach (var glyph in glyphs)
        {
            Assert.InRange(GlyphCoverage.DifferingPixels(fontBefore, fontAfter, glyph), 0, GlyphCoverage.SameLetter);
            Assert.Equal(fontBefore.GetGlyphWidths([glyph])[0], fontAfter.GetGlyphWidths([glyph])[0]);
        }
    }

    [Fact]
    public void Given_bytes_that_are_not_a_font_Then_they_are_left_as_they_were()
    {
        byte[] junk = [0, 1, 0, 0, 0, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        var copy = (byte[])junk.Clone();

        OverlapFlags.Clear(copy);

        Assert.Equal(junk, copy);
    }

    /// <summary>Counts glyphs carrying either overlap flag, reading glyf through loca independently of the code under test.</summary>
    private static int MarkedGlyphs(byte[] font)
    {
        var (headAt, _) = Table(font, "head");
        var (locaAt, locaLength) = Table(font, "loca");
        var (glyfAt, _) = Table(font, "glyf");
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(headAt + 50)) == 1;
        int Offset(int g) => longOffsets ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(locaAt + 4 * g)) : 2 * BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(locaAt + 2 * g));
        var count = 0;
        for (var g = 0; g < locaLength / (longOffsets ? 4 : 2) - 1; g++)
        {
            var start = Offset(g);
            if (Offset(g + 1) - start < 12) continue;
            var glyph = font.AsSpan(glyfAt + start);
            var contours = BinaryPrimitives.ReadInt16BigEndian(glyph);
            if (contours > 0)
            {
                var flagsAt = 10 + 2 * contours;
                flagsAt += 2 + BinaryPrimitives.ReadUInt16BigEndian(glyph[flagsAt..]);
                if ((glyph[flagsAt] & 0x40) != 0) count++;
            }
            else if (contours < 0 && (BinaryPrimitives.ReadUInt16BigEndian(glyph[10..]) & 0x0400) != 0) count++;
        }
        return count;
    }

    private static (int Offset, int Length) Table(byte[] font, string tag)
    {
        for (var i = 0; i < BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4)); i++)
        {
            var record = font.AsSpan(12 + 16 * i);
            if (System.Text.Encoding.ASCII.GetString(record[..4]) == tag)
                return ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }
        throw new InvalidDataException($"No {tag} table.");
    }

    private static uint WholeFileSum(byte[] font)
    {
        var padded = new byte[(font.Length + 3) / 4 * 4];
        font.CopyTo(padded, 0);
        uint sum = 0;
        for (var i = 0; i < padded.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(padded.AsSpan(i));
        return sum;
    }
}
