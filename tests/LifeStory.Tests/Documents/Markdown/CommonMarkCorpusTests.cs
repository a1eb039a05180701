using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Tests.Documents.Layout;

namespace LifeStory.Tests.Documents.Markdown;

public sealed class CommonMarkCorpusTests
{
    private static string Nested(string prefix, int depth) =>
        string.Concat(Enumerable.Range(0, depth).Select(i => string.Concat(Enumerable.Repeat(prefix, i)) + $"- level {i}\n"));

    public static TheoryData<string, string> Samples => new()
    {
        { "atx headings", "# h1\n## h2 ##\n### h3 ###   \n#### h4\n##### h5\n###### h6\n####### seven is text\n#hashtag\n#\n" },
        { "setext headings", "Title\n=====\n\nSub\ntitle\n---\n\n   Indented\n   ===\n" },
        { "indented code", "    int x = 1;\n\n    int y = 2;\n\ttabbed line\n" },
        { "fenced code", "```\nplain\n```\n\n~~~ruby startline=3\ndef f\n  1\nend\n~~~\n\n````\n```\ninner fence\n```\n````\n\n```unclosed\nruns to the end\n" },
        { "html blocks", "<div class=\"x\">\n*emphasis*\n</div>\n\n<!-- a comment -->\n\n<?php echo 1; ?>\n\n<![CDATA[ data ]]>\n\n<table><tr><td>cell</td></tr></table>\n" },
        { "link reference definitions", "[home]: https://example.org \"Home\"\n[Other]:\n  <https://example.org/other>\n  'Other title'\n\nSee [home], [the other][other] and [home][].\n" },
        { "autolinks", "<https://example.org/a?b=c&d=e>, <MAILTO:jo@example.org>, <jo@example.org>, <made-up:thing> and www.example.org\n" },
        { "entities", "&nbsp;&amp;&copy;&AElig;&Dcaron;&frac34;&HilbertSpace;&DifferentialD;&ClockwiseContourIntegral;&ngE; &#35; &#1234; &#992; &#0; &#X22; &#XD06; &#xcab; &nosuch; &x;\n" },
        { "hard breaks", "spaces  \nbackslash\\\nend  \n\n`code  \nspan`\n\nfoo\\\n" },
        { "emphasis edge cases", "*foo bar*, a * foo bar*, a*\"foo\"*, * a *, foo*bar*, 5*6*78, _foo_bar, пристаням_стремятся_, **foo*bar**, ***strong emph***, *foo**bar**baz*, ****foo****, _____foo_____, *(*foo*)*, **foo \"*bar*\" foo**, *foo [bar*](/url)\n" },
        { "unbalanced emphasis", "**unclosed *italic __mixed_ ***triple** *\n\n* * *\n\n***\n" },
        { "tabs", "\tfoo\tbaz\t\tbim\n\n  \tfoo\n\n-\tfoo\n\n\t\tbar\n\n>\t\tfoo\n\n#\tFoo\n\n*\t*\t*\t\n" },
        { "backslash escapes", "\\!\\\"\\#\\$\\%\\&\\'\\(\\)\\*\\+\\,\\-\\.\\/\\:\\;\\<\\=\\>\\?\\@\\[\\\\\\]\\^\\_\\`\\{\\|\\}\\~ \\→\\A\\a\\ \\3\\φ\\«\n" },
        { "code spans", "`` foo ` bar ``, ` `` `, `  `, `foo\nbar`, `unclosed, ``double`` and `a\\`\n" },
        { "links and images", "[link](/uri \"title\"), [empty](), [a](<b)c>), [nested [brackets]](/x), ![alt *em*](/img.png \"T\"), [![img](a.png)](/link), [unclosed](/x\n" },
        { "raw html inline", "<a href=\"x\">link</a> <span onclick=\"evil()\">text</span> <b>bold</b> <!-- c --> <?pi?> <![CDATA[x]]> <foo bar=baz/>\n" },
        { "thematic breaks", "***\n---\n___\n +++\n- - -\n _____________________________________\n*-*\n" },
        { "lists", "1. one\n2. two\n\n   para in two\n\n10) ten\n11) eleven\n\n- a\n+ b\n* c\n\n0. zero\n\n003. three\n\n123456789. big\n\n- [ ] task\n- \n-\n  empty start\n" },
        { "loose and tight lists", "- a\n- b\n\n- c\n\n1. x\n   > quote in item\n   ```\n   code in item\n   ```\n2. y\n" },
        { "block quotes", "> # Heading\n> bar\n> baz\n\n> lazy\ncontinuation\n\n>\n\n> - list\n> - in quote\n" },
        { "deeply nested quotes", string.Concat(Enumerable.Repeat("> ", 50)) + "fifty levels deep\n" },
        { "deeply nested lists", Nested("  ", 50) },
        { "deeply nested ordered lists", string.Concat(Enumerable.Range(0, 50).Select(i => new string(' ', i * 3) + "1. level " + i + "\n")) },
        { "quotes inside lists", string.Concat(Enumerable.Repeat("- > ", 50)) + "alternating\n" },
        { "lists beyond the parser's depth limit", string.Concat(Enumerable.Repeat("- ", 70)) + "too deep\n\nafter\n" },
        { "quotes beyond the parser's depth limit", string.Concat(Enumerable.Repeat(">", 200)) + " too deep\n" },
        { "deep emphasis", new string('*', 200) + "stars" + new string('*', 200) + " " + string.Concat(Enumerable.Repeat("[", 200)) + "x" + string.Concat(Enumerable.Repeat("](u)", 200)) + "\n" },
        { "custom containers", "::: cover\n:::\n\n::: pagebreak\ntext inside a break\n:::\n\n:::: outer\n::: inner\nnested\n:::\n::::\n\n::: unclosed\nrest\n" },
        { "odd characters", "\0 null, \u200B zero width, \uFEFF bom, \u202E override, \uD800 lone, 😀 emoji, 👩‍👧 family, e\u0301 combining, \r\nwindows line\rold mac line\n" },
        { "empty and blank", "" },
        { "only whitespace", "   \n\t\n  \n" },
        { "long line", string.Concat(Enumerable.Repeat("word ", 5000)) + string.Concat(Enumerable.Repeat("x", 3000)) + "\n" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Given_a_CommonMark_construct_When_read_and_laid_out_Then_nothing_throws_and_the_layout_holds(string name, string markdown)
    {
        var document = MarkdownReader.Read(markdown, new DocumentInfo(name));
        var laid = Lay.Out(document.Blocks);

        Assert.NotNull(document.Blocks);
        LayoutInvariants.AssertHold(laid);
    }

    [Fact]
    public void Given_fifty_nested_quotes_When_read_Then_the_words_survive_the_flattening()
    {
        var document = MarkdownReader.Read(string.Concat(Enumerable.Repeat("> ", 50)) + "fifty levels deep", new DocumentInfo("deep"));
        var laid = Lay.Out(document.Blocks);

        var words = laid.Pages.SelectMany(p => p.Items).OfType<LifeStory.Documents.Layout.TextItem>().Select(t => t.Line.Text);
        Assert.Contains("fifty levels deep", words);
    }

    [Fact]
    public void Given_fifty_nested_lists_When_read_Then_every_level_is_printed()
    {
        var document = MarkdownReader.Read(Nested("  ", 50), new DocumentInfo("deep"));
        var laid = Lay.Out(document.Blocks);

        var lines = laid.Pages.SelectMany(p => p.Items).OfType<LifeStory.Documents.Layout.TextItem>().Select(t => t.Line.Text).ToHashSet();
        Assert.All(Enumerable.Range(0, 50), i => Assert.Contains($"level {i}", lines));
    }

    [Fact]
    public void Given_nesting_beyond_the_parsers_limit_When_read_Then_the_text_is_printed_as_typed()
    {
        var markdown = string.Concat(Enumerable.Repeat("- ", 70)) + "too deep\n\nafter";

        var blocks = MarkdownReader.Read(markdown, new DocumentInfo("deep")).Blocks;

        Assert.Equal(2, blocks.Count);
        Assert.EndsWith("too deep", Md.Plain(Assert.IsType<ParagraphBlock>(blocks[0]).Inlines));
        Assert.Equal("after", Md.Plain(Assert.IsType<ParagraphBlock>(blocks[1]).Inlines));
    }
}
