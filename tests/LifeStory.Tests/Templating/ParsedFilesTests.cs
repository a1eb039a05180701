using LifeStory.Templating;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Templating;

/// <summary>What is parsed from a council's files is kept while they are unchanged, and only that long.</summary>
public sealed class ParsedFilesTests
{
    [Fact]
    public void Given_a_file_parsed_once_When_asked_again_unchanged_Then_it_is_not_parsed_again_and_an_edit_of_the_same_length_is()
    {
        using var temp = new TempFolder();
        var file = temp.File("words.yaml");
        File.WriteAllText(file, "old words");
        var cache = new ParsedFiles<string>(capacity: 8);
        var parses = 0;
        string Read() => cache.Get(file, () => { parses++; return File.ReadAllText(file); })!;

        Assert.Equal("old words", Read());
        Assert.Equal("old words", Read());
        Assert.Equal(1, parses);

        // The same length: only the time tells the two apart.
        File.WriteAllText(file, "new words");
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(2));
        Assert.Equal("new words", Read());
        Assert.Equal(2, parses);
    }

    [Fact]
    public void Given_a_set_of_files_When_one_is_added_or_removed_Then_the_set_is_parsed_again()
    {
        using var temp = new TempFolder();
        var first = temp.File("a.yaml");
        var second = temp.File("b.yaml");
        File.WriteAllText(first, "a");
        var cache = new ParsedFiles<string>(capacity: 8);
        string Read()
        {
            var files = new[] { first, second }.Where(File.Exists).ToList();
            return cache.Get(files, () => string.Concat(files.Select(File.ReadAllText)))!;
        }

        Assert.Equal("a", Read());
        File.WriteAllText(second, "b");
        Assert.Equal("ab", Read());
        File.Delete(second);
        Assert.Equal("a", Read());
    }

    [Fact]
    public void Given_a_file_with_a_mistake_When_its_parse_gives_nothing_Then_nothing_is_kept_and_it_is_read_again_next_time()
    {
        using var temp = new TempFolder();
        var file = temp.File("words.yaml");
        File.WriteAllText(file, "broken");
        var cache = new ParsedFiles<string>(capacity: 8);
        var parses = 0;

        Assert.Null(cache.Get(file, () => { parses++; return null; }));
        Assert.Null(cache.Get(file, () => { parses++; return null; }));
        Assert.Equal(2, parses);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Given_more_files_than_the_capacity_Then_it_never_keeps_more_than_that()
    {
        using var temp = new TempFolder();
        var cache = new ParsedFiles<string>(capacity: 3);
        for (var i = 0; i < 10; i++)
        {
            var file = temp.File($"{i}.yaml");
            File.WriteAllText(file, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), cache.Get(file, () => File.ReadAllText(file)));
            Assert.InRange(cache.Count, 1, 3);
        }
    }

    [Fact]
    public void Given_many_threads_asking_at_once_Then_each_gets_the_file_as_it_is()
    {
        using var temp = new TempFolder();
        var file = temp.File("words.yaml");
        File.WriteAllText(file, "the words");
        var cache = new ParsedFiles<string>(capacity: 8);

        var read = new string?[64];
        Parallel.For(0, read.Length, i => read[i] = cache.Get(file, () => File.ReadAllText(file)));

        Assert.All(read, words => Assert.Equal("the words", words));
    }
}
