namespace LifeStory.Cases.Model;

/// <summary>
/// How to show a photo that could upset the child: smaller, in black and white, or only once the child is old
/// enough. The social worker decides, with the carers; the book follows.
/// </summary>
public sealed record SensitivePicture(
    [Describe("Print it small, not as a big picture.")] bool Smaller = false,
    [Describe("Print it in black and white, which feels gentler for some memories.")] bool BlackAndWhite = false,
    [Describe("Only show it from this age band on: primary or teen. Younger books leave it out.")] AgeBand? FromAgeBand = null);
