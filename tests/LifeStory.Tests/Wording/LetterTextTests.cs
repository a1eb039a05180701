using LifeStory.Wording;

namespace LifeStory.Tests.Wording;

public sealed class LetterTextTests
{
    [Fact]
    public void Markup_and_escapes_go_and_quotes_and_the_scale_are_left_out()
    {
        var paragraphs = LetterText.Paragraphs("""
            # Dear Maisie,

            I am **Mark**, Maisie\'s reviewing officer\. We met.

            > I want more contact\.

            ::: scale
            How settled? 0: not 10: very
            - Jo: 9
            :::

            ::: panel What is going well
            - Swimming\.
            :::

            | | What | Who |
            | --- | --- | --- |
            | 1 | A care plan\. | Priya |
            """);
        Assert.Equal(
        [
            new LetterParagraph("Dear Maisie,", false),
            new LetterParagraph("I am Mark, Maisie's reviewing officer. We met.", true),
            new LetterParagraph("Swimming.", true),
            new LetterParagraph("What Who", false),
            new LetterParagraph("1 A care plan. Priya", false),
        ], paragraphs);
    }

    [Fact]
    public void Given_a_family_tree_of_faces_Then_its_names_and_roles_are_labels_not_sentences_and_its_pictures_are_left_out()
    {
        var markdown = "::: family-tree\n- : **Maisie** (you) | Jo Patel (foster carer) ![Jo](<photos/jo.jpg> \"At the park (with Leo)\"){.bw} | Sam (foster carer)\n:::\n";

        var paragraph = Assert.Single(LetterText.Paragraphs(markdown));

        Assert.False(paragraph.Prose);
        Assert.Equal("Maisie (you) Jo Patel (foster carer) Sam (foster carer)", paragraph.Text);
    }
}
