using System.Text;

namespace LifeStory.Documents.Decorations;

/// <summary>
/// Finds the motif a child means from their own words: "bunny", "my rabbits", "T-rex", "footy", "space".
/// Case, punctuation, plurals and small words around the name do not matter, and a long word spelt a
/// little wrong ("dinasaur", "unicorm") is still found. Words that name nothing we draw give null.
/// </summary>
public static class MotifNames
{
    private static readonly Dictionary<string, Motif> Words = Build(new()
    {
        [Motif.Rabbit] = ["rabbit", "bunny", "bunny rabbit", "hare", "rabit"],
        [Motif.Cat] = ["cat", "kitten", "kitty", "kitty cat", "puss", "tabby"],
        [Motif.Dog] = ["dog", "puppy", "pup", "doggy", "doggie", "puppy dog", "hound", "pooch"],
        [Motif.Dinosaur] = ["dinosaur", "dino", "t rex", "trex", "tyrannosaurus", "tyrannosaurus rex", "stegosaurus",
            "triceratops", "diplodocus", "brontosaurus", "brachiosaurus", "velociraptor", "raptor", "dinosaurus"],
        [Motif.Football] = ["football", "footy", "footie", "soccer", "soccer ball", "ball", "footballer", "goal"],
        [Motif.Star] = ["star", "twinkle", "twinkle twinkle", "starfish", "shooting star", "sparkle"],
        [Motif.Heart] = ["heart", "love heart", "valentine"],
        [Motif.Flower] = ["flower", "daisy", "rose", "tulip", "sunflower", "blossom", "petal", "garden", "bluebell", "poppy"],
        [Motif.Butterfly] = ["butterfly", "moth", "caterpillar"],
        [Motif.Rocket] = ["rocket", "space", "spaceship", "space ship", "space rocket", "astronaut", "spaceman",
            "planet", "moon", "outer space", "universe", "galaxy"],
        [Motif.Unicorn] = ["unicorn", "horse", "pony", "horsey", "horsie", "foal", "horse riding", "pegasus"],
        [Motif.Fish] = ["fish", "goldfish", "fishy", "shark", "dolphin", "whale", "sea", "ocean", "under the sea",
            "clownfish", "nemo", "mermaid"],
        [Motif.Rainbow] = ["rainbow"],
        [Motif.Tree] = ["tree", "forest", "woods", "woodland", "nature", "apple tree", "climbing trees"],
        [Motif.Bear] = ["bear", "teddy", "teddy bear", "panda", "polar bear", "ted"],
        [Motif.Owl] = ["owl", "bird", "birdie", "owlet"],
        [Motif.Car] = ["car", "racing car", "race car", "motor", "vehicle", "truck", "lorry", "van"],
        [Motif.Sun] = ["sun", "sunshine", "sunny", "sunbeam", "summer"],
        [Motif.HappyFace] = ["smiley", "smiley face", "happy face", "happyface", "smile", "emoji"],
        [Motif.SadFace] = ["sad face", "sadface"],
    });

    /// <summary>Little words around a name that never name anything themselves.</summary>
    private static readonly HashSet<string> Filler =
    [
        "my", "a", "an", "the", "i", "like", "likes", "love", "loves", "really", "very", "favourite", "favorite",
        "fave", "best", "and", "with", "of", "is", "are", "pet", "little", "big", "baby", "cute", "toy", "pink", "blue",
        "red", "green", "yellow", "purple", "orange", "black", "white", "brown", "grey", "gray", "cuddly", "fluffy",
    ];

    /// <summary>The motif the words name, or null when none of them names one we can draw.</summary>
    public static Motif? Find(string? words)
    {
        if (string.IsNullOrWhiteSpace(words)) return null;
        var tokens = Normalise(words).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return null;

        // The whole phrase first ("under the sea"), then its longest runs of words from the left, so "my pet
        // rabbit" and "rabbits and dogs" both find the rabbit and "teddy bear" is a bear, not a teddy and a bear.
        if (Lookup(string.Join(' ', tokens)) is { } whole) return whole;
        for (var start = 0; start < tokens.Length; start++)
        {
            for (var length = Math.Min(4, tokens.Length - start); length >= 1; length--)
            {
                if (length == 1 && Filler.Contains(tokens[start])) continue;
                if (Lookup(string.Join(' ', tokens, start, length)) is { } motif) return motif;
            }
        }
        // Nothing exact: a long word spelt a little wrong.
        foreach (var token in tokens.Where(t => !Filler.Contains(t)))
            if (Nearest(token) is { } near) return near;
        return null;
    }

    /// <summary>
    /// A motif a child can choose as their favourite: every one but the plain pictures for ideas (a house, a
    /// calendar), which an easy-read letter places by name and no child's "my house" should turn into.
    /// </summary>
    public static bool IsFavourite(Motif motif) => Words.ContainsValue(motif);

    /// <summary>
    /// A motif by its own name, as a template writes it: "house", "sad face", "happy-face"; null for any other word.
    /// Unlike <see cref="Find"/> nothing is guessed: a template names exactly what it places.
    /// </summary>
    public static Motif? Named(string? name)
    {
        var key = Normalise(name ?? "").Replace(" ", "", StringComparison.Ordinal);
        return key.Length > 0 && Enum.TryParse<Motif>(key, ignoreCase: true, out var motif) && Enum.IsDefined(motif) ? motif : null;
    }

    /// <summary>Every word or phrase that names this motif, for help text ("rabbit, bunny, ...").</summary>
    public static IReadOnlyList<string> Of(Motif motif) =>
        [.. Words.Where(w => w.Value == motif).Select(w => w.Key).Order(StringComparer.Ordinal)];

    private static Motif? Lookup(string phrase)
    {
        foreach (var candidate in Singulars(phrase))
            if (Words.TryGetValue(candidate, out var motif)) return motif;
        return null;
    }

    /// <summary>The phrase, then the phrase with its last word made singular: puppies, foxes, dinosaurs.</summary>
    private static IEnumerable<string> Singulars(string phrase)
    {
        yield return phrase;
        if (phrase.EndsWith("ies", StringComparison.Ordinal) && phrase.Length > 4) yield return phrase[..^3] + "y";
        if (phrase.EndsWith("es", StringComparison.Ordinal) && phrase.Length > 3) yield return phrase[..^2];
        if (phrase.EndsWith('s') && !phrase.EndsWith("ss", StringComparison.Ordinal) && phrase.Length > 2) yield return phrase[..^1];
    }

    /// <summary>
    /// A name within one letter of this word (two for names of eight letters or more), starting with the same
    /// letter, and only names of seven letters or more: "house" must never become "horse".
    /// </summary>
    private static Motif? Nearest(string word)
    {
        Motif? found = null;
        var best = int.MaxValue;
        foreach (var (name, motif) in Words)
        {
            if (name.Length < 7 || name.Contains(' ', StringComparison.Ordinal) || name[0] != word[0]) continue;
            var allowed = name.Length >= 8 ? 2 : 1;
            foreach (var candidate in Singulars(word))
            {
                var distance = Distance(candidate, name, allowed);
                if (distance > allowed || distance >= best) continue;
                (best, found) = (distance, motif);
            }
        }
        return found;
    }

    /// <summary>Typing slips between two words, giving up at once when their lengths alone differ by more than <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit) =>
        Math.Abs(a.Length - b.Length) > limit ? limit + 1 : Text.TypingSlips.Distance(a, b);

    /// <summary>Lower case letters and single spaces: "T-Rex!" becomes "t rex", "Dinosaurs." becomes "dinosaurs".</summary>
    private static string Normalise(string words)
    {
        var text = new StringBuilder(words.Length);
        foreach (var c in words.Trim())
        {
            if (char.IsLetter(c)) text.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '\u2019') continue; // "teddy's" reads as "teddys"
            else if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
        }
        return text.ToString().Trim();
    }

    private static Dictionary<string, Motif> Build(Dictionary<Motif, string[]> names)
    {
        var words = new Dictionary<string, Motif>(StringComparer.Ordinal);
        foreach (var (motif, list) in names)
            foreach (var name in list) words.Add(Normalise(name), motif);
        return words;
    }
}
