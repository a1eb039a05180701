using LifeStory.Templating;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Templating;

/// <summary>Parsed templates are kept between runs, but a council's edit shows on the very next run.</summary>
public sealed class TemplateCacheTests
{
    [Fact]
    public void Given_a_template_and_its_include_edited_between_runs_Then_the_next_run_uses_the_new_words()
    {
        using var temp = new TempFolder();
        var root = Path.Combine(temp.Path, "templates");
        var main = Path.Combine(root, "book", "main.sbn");
        var part = Path.Combine(root, "book", "part.sbn");
        Directory.CreateDirectory(Path.GetDirectoryName(main)!);
        File.WriteAllText(main, "Start {{ include 'book/part' }}");
        File.WriteAllText(part, "old words");
        var folders = new TemplateFolders([root]);

        Assert.Equal("Start old words", TemplateRunner.Render(folders, "book/main", []).Output);
        Assert.Equal("Start old words", TemplateRunner.Render(folders, "book/main", []).Output);

        // Same length, so only the time tells them apart.
        File.WriteAllText(part, "new words");
        File.SetLastWriteTimeUtc(part, File.GetLastWriteTimeUtc(part).AddSeconds(2));
        Assert.Equal("Start new words", TemplateRunner.Render(folders, "book/main", []).Output);

        File.WriteAllText(main, "Begin {{ include 'book/part' }}");
        File.SetLastWriteTimeUtc(main, File.GetLastWriteTimeUtc(main).AddSeconds(2));
        Assert.Equal("Begin new words", TemplateRunner.Render(folders, "book/main", []).Output);
    }

    [Fact]
    public void Given_two_folders_When_each_has_its_own_include_Then_neither_sees_the_others()
    {
        using var temp = new TempFolder();
        string Folder(string name, string words)
        {
            var root = Path.Combine(temp.Path, name);
            Directory.CreateDirectory(Path.Combine(root, "book"));
            File.WriteAllText(Path.Combine(root, "book", "main.sbn"), "{{ include 'book/part' }}");
            File.WriteAllText(Path.Combine(root, "book", "part.sbn"), words);
            return root;
        }
        var first = new TemplateFolders([Folder("a", "for Amira")]);
        var second = new TemplateFolders([Folder("b", "for Yusuf")]);
        Assert.Equal("for Amira", TemplateRunner.Render(first, "book/main", []).Output);
        Assert.Equal("for Yusuf", TemplateRunner.Render(second, "book/main", []).Output);
        Assert.Equal("for Amira", TemplateRunner.Render(first, "book/main", []).Output);
    }
}
