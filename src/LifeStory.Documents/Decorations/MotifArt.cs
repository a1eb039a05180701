using LifeStory.Documents.Decorations.Art;
using SkiaSharp;

namespace LifeStory.Documents.Decorations;

/// <summary>
/// Draws each motif as flat, rounded vector shapes in the style of a children's sticker: a main colour with
/// lighter and darker tones of it, white and dark details for eyes and mouths, and one dark outline round the
/// whole shape so it holds together on any paper. Nothing is a bitmap: a motif prints sharp at any size and
/// adds only a few paths to a PDF. Each motif's drawing is in its own file under Art/.
/// </summary>
public static class MotifArt
{
    /// <summary>A colour that suits the motif when the book gives none: a green dinosaur, a yellow star.</summary>
    public static SKColor DefaultColour(Motif motif) => motif switch
    {
        Motif.Rabbit => new SKColor(0xE3, 0xC2, 0x9F),
        Motif.Cat => new SKColor(0xF4, 0xA2, 0x59),
        Motif.Dog => new SKColor(0xC9, 0x8F, 0x5B),
        Motif.Dinosaur => new SKColor(0x6C, 0xC0, 0x70),
        Motif.Football => new SKColor(0x2B, 0x2D, 0x42),
        Motif.Star => new SKColor(0xFF, 0xC9, 0x3C),
        Motif.Heart => new SKColor(0xEF, 0x47, 0x6F),
        Motif.Flower => new SKColor(0xF7, 0x8F, 0xB3),
        Motif.Butterfly => new SKColor(0x9B, 0x6D, 0xE5),
        Motif.Rocket => new SKColor(0xE6, 0x39, 0x46),
        Motif.Unicorn => new SKColor(0xF4, 0xEE, 0xFF),
        Motif.Fish => new SKColor(0xFF, 0x8C, 0x42),
        Motif.Rainbow => new SKColor(0x8E, 0xCA, 0xE6),
        Motif.Tree => new SKColor(0x52, 0xB7, 0x88),
        Motif.Bear => new SKColor(0xB0, 0x7A, 0x4F),
        Motif.Owl => new SKColor(0xA9, 0x7C, 0x5D),
        Motif.Car => new SKColor(0x3A, 0x86, 0xFF),
        Motif.Sun => new SKColor(0xFF, 0xC9, 0x3C),
        Motif.HappyFace => new SKColor(0xFF, 0xD1, 0x4A),
        Motif.SadFace => new SKColor(0x9C, 0xC3, 0xE6),
        Motif.House => new SKColor(0xE0, 0x7A, 0x5F),
        Motif.School => new SKColor(0xC8, 0x8B, 0x5A),
        Motif.Calendar => new SKColor(0x3A, 0x86, 0xFF),
        Motif.Meeting => new SKColor(0x2A, 0x9D, 0x8F),
        Motif.Plan => new SKColor(0xB0, 0x7A, 0x4F),
        Motif.Speech => new SKColor(0x8E, 0xCA, 0xE6),
        _ => throw new ArgumentOutOfRangeException(nameof(motif), motif, "There is no drawing for this motif."),
    };

    /// <summary>Draws the motif into the unit square (0..1 both ways) of the canvas's current transform.</summary>
    public static void Draw(SKCanvas canvas, Motif motif, SKColor colour)
    {
        // A finished sketch is only read when painted, so each thread keeps the ones it has drawn: building one
        // (paths, boolean operations, fitting) costs far more than painting it, and a book draws the same few
        // motifs on every chapter.
        var finished = Finished ??= [];
        if (!finished.TryGetValue((motif, colour), out var sketch))
        {
            sketch = Sketch(motif, colour);
            finished[(motif, colour)] = sketch;
        }
        sketch.Paint(canvas);
    }

    [ThreadStatic]
    private static Dictionary<(Motif, SKColor), Sketch>? Finished;

    /// <summary>
    /// Draws the motif as large as it fits in <paramref name="bounds"/>, centred and never stretched, turned
    /// <paramref name="rotation"/> degrees clockwise about the centre (and made smaller so the turned square
    /// still fits), at <paramref name="opacity"/> from 0 (invisible) to 1. Nothing is drawn outside the bounds.
    /// </summary>
    public static void Draw(SKCanvas canvas, Motif motif, SKColor colour, SKRect bounds, float rotation = 0, float opacity = 1)
    {
        if (bounds.Width <= 0 || bounds.Height <= 0 || opacity <= 0) return;
        var side = FittedSide(bounds, rotation);
        canvas.Save();
        canvas.Translate(bounds.MidX, bounds.MidY);
        if (rotation != 0) canvas.RotateDegrees(rotation);
        canvas.Scale(side);
        canvas.Translate(-0.5f, -0.5f);
        if (opacity < 1)
        {
            // One layer for the whole motif, so its parts fade together instead of showing through each other.
            using var fade = new SKPaint { Color = SKColors.White.WithAlpha((byte)MathF.Round(Math.Clamp(opacity, 0, 1) * 255)) };
            canvas.SaveLayer(new SKRect(0, 0, 1, 1), fade);
        }
        Draw(canvas, motif, colour);
        if (opacity < 1) canvas.Restore();
        canvas.Restore();
    }

    /// <summary>The side of the unit square drawn in these bounds: the largest square that still fits once turned.</summary>
    public static float FittedSide(SKRect bounds, float rotation)
    {
        var radians = rotation * MathF.PI / 180f;
        var spread = MathF.Abs(MathF.Cos(radians)) + MathF.Abs(MathF.Sin(radians));
        return Math.Min(bounds.Width, bounds.Height) / spread;
    }

    /// <summary>The box the motif's ink covers in its unit square, outlines included: always inside 0..1.</summary>
    public static SKRect InkBounds(Motif motif)
    {
        using var sketch = Sketch(motif, DefaultColour(motif));
        return sketch.InkBounds();
    }

    private static Sketch Sketch(Motif motif, SKColor colour)
    {
        var sketch = new Sketch(new Tones(colour.WithAlpha(255)));
        Action<Sketch> draw = motif switch
        {
            Motif.Rabbit => RabbitArt.Draw,
            Motif.Cat => CatArt.Draw,
            Motif.Dog => DogArt.Draw,
            Motif.Dinosaur => DinosaurArt.Draw,
            Motif.Football => FootballArt.Draw,
            Motif.Star => StarArt.Draw,
            Motif.Heart => HeartArt.Draw,
            Motif.Flower => FlowerArt.Draw,
            Motif.Butterfly => ButterflyArt.Draw,
            Motif.Rocket => RocketArt.Draw,
            Motif.Unicorn => UnicornArt.Draw,
            Motif.Fish => FishArt.Draw,
            Motif.Rainbow => RainbowArt.Draw,
            Motif.Tree => TreeArt.Draw,
            Motif.Bear => BearArt.Draw,
            Motif.Owl => OwlArt.Draw,
            Motif.Car => CarArt.Draw,
            Motif.Sun => SunArt.Draw,
            Motif.HappyFace => FaceArt.Happy,
            Motif.SadFace => FaceArt.Sad,
            Motif.House => HouseArt.Draw,
            Motif.School => SchoolArt.Draw,
            Motif.Calendar => CalendarArt.Draw,
            Motif.Meeting => MeetingArt.Draw,
            Motif.Plan => PlanArt.Draw,
            Motif.Speech => SpeechArt.Draw,
            _ => throw new ArgumentOutOfRangeException(nameof(motif), motif, "There is no drawing for this motif."),
        };
        draw(sketch);
        sketch.Finish();
        return sketch;
    }
}
