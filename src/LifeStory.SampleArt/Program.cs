using System.Globalization;
using LifeStory.Documents.Decorations;
using LifeStory.Documents.Text;
using LifeStory.SampleArt;
using LifeStory.SampleArt.Drawings;
using LifeStory.SampleArt.Painting;

// Usage:
//   <samples-folder>                                   regenerate every sample picture, then verify them
//   verify <samples-folder>                            only check orientation and that photos show upright
//   camera <out.jpg> <width> <height> <scene> <seed> [noise]   one large benchmark photo
//   drawing <out.png> <subject> <seed>                 one drawing: a child's crayon or a social worker's felt tip
//   iphone-heic <out.heic>                             a HEIC photo as an iPhone writes one (needs heif-enc from libheif-examples)
//   motifs <out.png|out.pdf> [dpi] [motif...]          the book decoration motifs on one sheet, to look at
//   motifs-book <out.png|out.pdf> <favourite> [dpi]    a short sample book decorated with the child's favourite
const string Usage = "usage: <samples-folder> | verify <samples-folder> | camera <out.jpg> <width> <height> <scene> <seed> [noise] | drawing <out.png> <subject> <seed> | iphone-heic <out.heic> | motifs <out.png|out.pdf> [dpi] [motif...] | motifs-book <out.png|out.pdf> <favourite> [dpi]";
var inv = CultureInfo.InvariantCulture;

switch (args)
{
    case ["camera", var output, var w, var h, var scene, var seed, .. var rest]:
        var noise = rest.Length > 0 ? float.Parse(rest[0], inv) : CameraPhoto.Noise;
        var bytes = CameraPhoto.Create(scene, int.Parse(w, inv), int.Parse(h, inv), int.Parse(seed, inv), noise);
        File.WriteAllBytes(output, bytes);
        Console.WriteLine($"{output}  {bytes.Length / 1024} KB");
        return 0;
    case ["drawing", var output, var subject, var seed]:
        using (var page = DrawingPainter.Render(subject, SampleGenerator.DrawingWidth, SampleGenerator.DrawingHeight, int.Parse(seed, inv)))
            File.WriteAllBytes(output, SampleGenerator.EncodePng(page));
        return 0;
    case ["iphone-heic", var output]:
        return LifeStory.SampleArt.Heif.IPhonePhoto.Write(output);
    case ["motifs", var output, .. var rest]:
        var only = rest.Skip(1).Select(name => Enum.Parse<Motif>(name, ignoreCase: true)).ToList();
        MotifGallery.Write(MotifGallery.Build(FontLibrary.Default, only.Count > 0 ? only : null), output, rest.Length > 0 ? float.Parse(rest[0], inv) : 144f);
        Console.WriteLine(output);
        return 0;
    case ["motifs-book", var output, var words, .. var rest]:
        if (MotifNames.Find(words) is not { } chosen)
        {
            Console.Error.WriteLine($"No motif for '{words}'. Motifs: {string.Join(", ", Enum.GetNames<Motif>())}");
            return 2;
        }
        MotifGallery.Write(MotifGallery.Preview(FontLibrary.Default, chosen), output, rest.Length > 0 ? float.Parse(rest[0], inv) : 144f);
        Console.WriteLine($"{output}  ({chosen})");
        return 0;
    case ["verify", var folder]:
        return PhotoVerifier.Verify(folder) ? 0 : 1;
    case [var folder] when !folder.StartsWith('-'):
        SampleGenerator.Generate(folder);
        return PhotoVerifier.Verify(folder) ? 0 : 1;
    default:
        Console.Error.WriteLine(Usage);
        Console.Error.WriteLine($"scenes: {string.Join(", ", ScenePainter.Names)}");
        Console.Error.WriteLine($"drawings: {string.Join(", ", DrawingPainter.Names)}");
        return 2;
}
