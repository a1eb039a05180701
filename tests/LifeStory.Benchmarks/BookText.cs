using System.Text;

namespace LifeStory.Benchmarks;

/// <summary>
/// A long, text-only life-story book in Markdown: chapters (each starts a page in the book theme), sections,
/// paragraphs of varied English with some bold and italic, and bulleted and numbered lists. The same size
/// always gives the same text, so every run measures the same work.
/// </summary>
internal static class BookText
{
    /// <summary>Sections per printed page with <c>Theme.Book</c>, measured: the generator makes <c>pages × this</c> sections.</summary>
    private const double SectionsPerPage = 0.955;

    private const int SectionsPerChapter = 6;

    /// <summary>About <paramref name="pages"/> pages of Markdown (the exact count is measured and shown by the Pages column).</summary>
    public static string Markdown(int pages)
    {
        var random = new Random(20261123);
        var sections = Math.Max(1, (int)Math.Round(pages * SectionsPerPage));
        var text = new StringBuilder(sections * 2_500);
        var chapter = 0;
        for (var s = 0; s < sections; s++)
        {
            if (s % SectionsPerChapter == 0)
            {
                chapter++;
                text.Append("# Chapter ").Append(chapter).Append(": ").Append(Pick(random, ChapterTitles)).Append("\n\n");
                text.Append(Paragraph(random, 3, 5)).Append("\n\n");
            }
            text.Append("## ").Append(Pick(random, SectionTitles)).Append("\n\n");
            var paragraphs = random.Next(2, 5);
            for (var p = 0; p < paragraphs; p++)
                text.Append(Paragraph(random, 2, 7)).Append("\n\n");
            switch (random.Next(5))
            {
                case 0:
                    AppendList(text, random, ordered: false);
                    break;
                case 1:
                    AppendList(text, random, ordered: true);
                    break;
                case 2:
                    text.Append("### ").Append(Pick(random, SubTitles)).Append("\n\n").Append(Paragraph(random, 2, 4)).Append("\n\n");
                    break;
            }
        }
        return text.ToString();
    }

    private static void AppendList(StringBuilder text, Random random, bool ordered)
    {
        var items = random.Next(3, 7);
        for (var i = 1; i <= items; i++)
            text.Append(ordered ? $"{i}. " : "- ").Append(Sentence(random)).Append('\n');
        text.Append('\n');
    }

    private static string Paragraph(Random random, int min, int max)
    {
        var count = random.Next(min, max + 1);
        var sentences = new string[count];
        for (var i = 0; i < count; i++) sentences[i] = Sentence(random);
        return string.Join(' ', sentences);
    }

    private static string Sentence(Random random)
    {
        var template = Pick(random, Templates);
        var sentence = new StringBuilder(template.Length + 40);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                sentence.Append(template[i]);
                continue;
            }
            var end = template.IndexOf('}', i);
            sentence.Append(Fill(random, template[(i + 1)..end]));
            i = end;
        }
        var result = sentence.ToString();
        // Some emphasis, as people write it: a bold name, an italic feeling.
        return random.Next(8) switch
        {
            0 => Emphasise(result, random, "**"),
            1 => Emphasise(result, random, "*"),
            2 => Emphasise(result, random, "_"),
            _ => result,
        };
    }

    private static string Emphasise(string sentence, Random random, string mark)
    {
        var words = sentence.Split(' ');
        if (words.Length < 4) return sentence;
        var start = random.Next(0, words.Length - 3);
        var length = random.Next(1, 4);
        words[start] = mark + words[start];
        words[start + length - 1] += mark;
        return string.Join(' ', words);
    }

    private static string Fill(Random random, string slot) => slot switch
    {
        "name" => Pick(random, Names),
        "place" => Pick(random, Places),
        "thing" => Pick(random, Things),
        "time" => Pick(random, Times),
        "feeling" => Pick(random, Feelings),
        "food" => Pick(random, Foods),
        "n" => random.Next(2, 12).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => slot,
    };

    private static T Pick<T>(Random random, T[] from) => from[random.Next(from.Length)];

    private static readonly string[] Templates =
    [
        "{time} we went to {place} with {name}, and I felt {feeling} the whole way there.",
        "{name} says I was very brave when we moved, even though I did not feel brave at all.",
        "At {place} there were {n} ducks, a broken swing and a man selling {food} from a van.",
        "I like {thing} because it reminds me of {name}.",
        "When I was little I could not sleep without the landing light on, so {name} left it on every night.",
        "We had {food} for tea and I helped to set the table, which took a long time because I kept counting the forks.",
        "Sometimes I feel {feeling} and that is all right; {name} says feelings are like weather and they change.",
        "My favourite thing at {place} is the bit where you can see the trains going past underneath the bridge.",
        "{name} kept {thing} safe for me while I was moving house, and gave it back on my first day at the new school.",
        "On my birthday we had {food}, {n} candles and a cake shaped like a hedgehog.",
        "I learned to ride a bike at {place} {time}; I fell off {n} times and then I did not fall off any more.",
        "There are some things I do not remember, and {name} helps me find out about them when I want to know.",
        "My bedroom has a window that looks over the garden, a shelf for {thing} and a blue rug.",
        "I am good at drawing, building dens and making people laugh, and I am getting better at waiting my turn.",
        "Before I came to live here I lived with {name} for a while, in a flat near {place}.",
        "{name} and I made a list of the people who are important to me, and it was longer than I thought.",
        "We visited {place} {time} and it rained so hard that we ate our {food} in the car, which was actually fun.",
        "I felt {feeling} when I started at my new school, but by the end of the week I knew where everything was.",
        "Every Saturday we go swimming, and afterwards we have hot chocolate and {food} from the café.",
        "{name} told me that when I was a baby I had lots of dark hair and a very loud cry.",
        "I keep a box of special things: {thing}, a shell from {place} and a card from {name}.",
        "It is OK to ask questions about my story, and the grown-ups will always try to answer them honestly.",
        "The best day this year was when we went to {place} and I saw a real owl up close.",
        "Our dog is called Biscuit; she is old, slow and very gentle, and she sleeps on my feet.",
    ];

    private static readonly string[] Names = ["Grandma Rose", "Jo", "Sam", "my brother Alfie", "Mrs Patel", "Auntie Bea", "Kofi", "my social worker Hannah", "Uncle Dev", "Nana Pearl"];
    private static readonly string[] Places = ["the seaside", "the park by the river", "the library", "Westfield Farm", "the swimming pool", "the museum of childhood", "Hollybush Woods", "Grandma's allotment", "the bowling alley", "the castle"];
    private static readonly string[] Things = ["my blue rabbit", "the photo album", "my football boots", "a jar of sea glass", "the drawing of our house", "my reading book", "the red scarf", "a torch shaped like a star"];
    private static readonly string[] Times = ["Last summer", "In the Easter holidays", "One Sunday morning", "On my seventh birthday", "When it snowed", "Last half term", "In the autumn", "Yesterday"];
    private static readonly string[] Feelings = ["happy", "nervous", "excited", "a bit sad", "proud", "worried", "calm", "silly"];
    private static readonly string[] Foods = ["fish and chips", "jollof rice", "pancakes", "spaghetti", "ice cream", "samosas", "jam sandwiches", "apple crumble"];
    private static readonly string[] ChapterTitles = ["All about me", "When I was born", "My birth family", "Places I have lived", "Things I have done", "My school", "People who look after me", "Who I can talk to", "My own pages", "Looking forward"];
    private static readonly string[] SectionTitles = ["What I like", "A day out", "My family", "Moving house", "School days", "Holidays", "Friends", "Things I remember", "Questions I have", "Special days"];
    private static readonly string[] SubTitles = ["A note from Jo", "In my own words", "Did you know?", "Something to remember"];
}
