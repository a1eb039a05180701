using LifeStory.Cases.Model;

namespace LifeStory.Pipeline;

/// <summary>Who a version is for, in the words printed on it and in file names.</summary>
public static class ReaderNames
{
    public static string For(Audience reader) => reader switch
    {
        Audience.Parents => "parents'",
        Audience.Carers => "carers'",
        Audience.Record => "full record",
        _ => "child's",
    };

    public static Audience? Parse(string? value) => value?.ToLowerInvariant() switch
    {
        // A pathway plan's reader is a young person, and is asked for as one; theirs is the child's version.
        "child" or "young-person" => Audience.Child,
        "parents" => Audience.Parents,
        "carers" => Audience.Carers,
        "record" => Audience.Record,
        _ => null,
    };
}
