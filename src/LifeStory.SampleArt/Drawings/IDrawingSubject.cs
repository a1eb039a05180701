using LifeStory.SampleArt.Painting;

namespace LifeStory.SampleArt.Drawings;

/// <summary>What a drawing shows. Subjects draw on a page 1000 units wide; the painter leaves paper margins.</summary>
public interface IDrawingSubject
{
    string Name { get; }
}

/// <summary>
/// A subject drawn with one kind of pen: a child's <see cref="Crayon"/>, or the <see cref="FeltTip"/> a social
/// worker uses for "Words and Pictures". The pen decides how <see cref="DrawingPainter"/> scans the page.
/// </summary>
public interface IDrawingSubject<in TPen> : IDrawingSubject
{
    void Draw(TPen pen, Rng rng, float width, float height);
}
