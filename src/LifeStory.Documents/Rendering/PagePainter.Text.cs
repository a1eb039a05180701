using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Rendering;

/// <summary>Drawing text: shaped glyph runs, with the text and clusters a PDF reader needs to read them back.</summary>
internal sealed partial class PagePainter
{
    private void PaintText(SKCanvas canvas, TextItem item)
    {
        var baseline = item.Bounds.Top + item.Line.Baseline;
        var left = item.Bounds.Left + item.Line.Offset;
        var fragments = item.Line.Fragments;
        // The baseline goes into the canvas matrix and every run is drawn at y = 0, so a run drawn scaled (stand-in
        // digits) reaches exactly the same baseline as its neighbours: a scale after a translation leaves the
        // translation as it was. PDF readers such as PdfPig order letters by their exact baseline, and a digit
        // a millionth of a point higher was read before the rest of its line.
        canvas.Save();
        canvas.Translate(0, baseline);
        // One text blob per run of same-coloured fragments: a line is usually a single draw call, which is
        // what keeps writing a 100-page book fast.
        var start = 0;
        while (start < fragments.Count)
        {
            if (fragments[start].Fragment.GlyphScale != 1f)
            {
                PaintScaled(canvas, fragments[start].Fragment, left + fragments[start].X);
                start++;
                continue;
            }
            var colour = fragments[start].Fragment.Color;
            var end = start;
            while (end < fragments.Count && fragments[end].Fragment.Color == colour && fragments[end].Fragment.GlyphScale == 1f) end++;
            // One builder for the whole document: Build() hands over the runs and leaves it empty for the next line.
            var any = false;
            for (var f = start; f < end; f++)
                any |= AddRun(_builder, fragments[f].Fragment, left + fragments[f].X);
            if (any)
            {
                using var blob = _builder.Build();
                _paint.Color = colour;
                if (blob is not null) canvas.DrawText(blob, 0, 0, _paint);
            }
            start = end;
        }
        canvas.Restore();
        if (!Annotations) return;
        foreach (var placed in fragments)
            if (placed.Fragment.Link is { } link && SafeUrl.IsAllowed(link))
                canvas.DrawUrlAnnotation(new SKRect(left + placed.X, item.Bounds.Top, left + placed.X + placed.Fragment.Width, item.Bounds.Bottom), link);
    }

    /// <summary>
    /// A fragment whose glyphs are drawn scaled (stand-in digits), on a canvas already moved to the baseline: its
    /// own run, drawn through a scaled canvas so the PDF keeps the paragraph's font size. A PDF reader then reads
    /// "2020," or "marker07" as one word, where a smaller font size would have split it.
    /// </summary>
    private void PaintScaled(SKCanvas canvas, TextFragment fragment, float x)
    {
        // Placed in the scaled space like any run (one move, then the word as one string).
        var scale = fragment.GlyphScale;
        if (!AddRun(_builder, fragment, x / scale)) return;
        using var blob = _builder.Build();
        if (blob is null) return;
        canvas.Save();
        canvas.Scale(scale);
        _paint.Color = fragment.Color;
        canvas.DrawText(blob, 0, 0, _paint);
        canvas.Restore();
    }

    /// <summary>
    /// Adds one fragment as a positioned run. Text and clusters travel with the glyphs so the PDF maps
    /// ligatures and Arabic forms back to their letters: copying, searching and screen readers get the words.
    /// </summary>
    private bool AddRun(SKTextBlobBuilder builder, TextFragment fragment, float x)
    {
        if (fragment.Glyphs.Length == 0) return false;
        var font = FontFor(typefaces?.Invoke(fragment) ?? fragment.Face.Typeface, fragment.Size);
        var text = fragment.Text;
        var byteCount = System.Text.Encoding.UTF8.GetByteCount(text);
        if (OneGlyphPerLetter(fragment, byteCount))
        {
            // Plain text, one glyph per letter: the font's own character map already tells a PDF reader
            // which letter each glyph is, and leaving the text out of the run makes writing much faster.
            var plain = builder.AllocatePositionedRun(font, fragment.Glyphs.Length);
            fragment.Glyphs.CopyTo(plain.Glyphs);
            Place(fragment, x, plain.Positions);
            return true;
        }
        var run = builder.AllocatePositionedTextRun(font, fragment.Glyphs.Length, byteCount);
        System.Text.Encoding.UTF8.GetBytes(text, run.Text);
        var glyphs = run.Glyphs;
        var positions = run.Positions;
        var clusters = run.Clusters;
        // Clusters count UTF-16 units; the PDF wants UTF-8 bytes. ASCII needs no conversion.
        int[]? byteOffsets = byteCount == text.Length ? null : Utf8Offsets(text);
        Place(fragment, x, positions);
        for (var i = 0; i < fragment.Glyphs.Length; i++)
        {
            glyphs[i] = fragment.Glyphs[i];
            var cluster = (int)fragment.Clusters[i];
            clusters[i] = (uint)(byteOffsets is null ? cluster : byteOffsets[Math.Min(cluster, text.Length)]);
        }
        return true;
    }

    /// <summary>
    /// Positions the glyphs from the fragment's start, moved onto the fragment grid (by under 1/30,000 of a point)
    /// so that every position in the word is exact and Skia's PDF writer can write the word as one string
    /// (see <see cref="TextFragment"/>).
    /// </summary>
    private static void Place(TextFragment fragment, float x, Span<SKPoint> positions)
    {
        x = MathF.Round(x * TextFragment.Grid) / TextFragment.Grid;
        for (var i = 0; i < positions.Length; i++) positions[i] = new SKPoint(x + fragment.X[i], fragment.Y[i]);
    }

    private static bool OneGlyphPerLetter(TextFragment fragment, int byteCount)
    {
        if (byteCount != fragment.Text.Length || fragment.Glyphs.Length != fragment.Text.Length) return false;
        for (var i = 0; i < fragment.Clusters.Length; i++)
            if (fragment.Clusters[i] != i) return false;
        return true;
    }

    private static int[] Utf8Offsets(string text)
    {
        var offsets = new int[text.Length + 1];
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            offsets[i] = bytes;
            var c = text[i];
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : 3;
        }
        offsets[text.Length] = bytes;
        return offsets;
    }

    private SKFont FontFor(SKTypeface typeface, float size)
    {
        if (!_fonts.TryGetValue((typeface, size), out var font))
        {
            font = new SKFont(typeface, size) { Subpixel = true, LinearMetrics = true };
            _fonts.Add((typeface, size), font);
        }
        return font;
    }
}
