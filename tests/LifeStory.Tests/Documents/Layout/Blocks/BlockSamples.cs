using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Layout.Blocks;

/// <summary>A short book using every one of the book's own blocks, with the small pictures it needs.</summary>
internal static class BlockSamples
{
    public const string PanelTitle = "Worries";

    public const string TableHeader = "What we do";

    public static readonly string[] Chapters = ["Where I live", "How I feel", "My week"];

    public const string Markdown = """
        ::: contents
        :::

        # Where I live

        I live with **Jo** and ::Sam::{.accent}. My friend مريم lives next door.

        ::: panel.warm Worries
        Bedtime is hard.
        :::

        ::: panel.cool What is going well
        Maisie reads every night.
        :::

        ::: photos
        ![Beach](beach.png) ![Park](park.png){.bw} ![Cat](cat.png)
        :::

        ::: beside
        ![Me](me.png){.fill focus=0.3,0.3}

        I like swimming and painting.
        :::

        ![Wide](wide.png){.fill .polaroid .half focus=0.2,0.8}

        # How I feel

        ::: scale
        How safe do you feel? 0: not safe 10: very safe

        - Maisie: 9
        - Jo: 7
        :::

        ::: timeline
        - June 2019: born
        - 2020: first steps
        - 2021: moved house
        - 2022: nursery
        - 2023: school
        - 2024: swimming
        :::

        # My week

        | Day | What we do |
        |-----|------------|
        | Monday | Swimming |
        | Tuesday | Painting |
        | Wednesday |
        """;

    public static void WritePictures(TempFolder folder)
    {
        folder.Write("beach.png", TestImages.Png(120, 80, SKColors.SandyBrown));
        folder.Write("park.png", TestImages.Png(80, 120, SKColors.ForestGreen));
        folder.Write("cat.png", TestImages.Png(100, 100, SKColors.Orange));
        folder.Write("me.png", TestImages.Png(90, 120, SKColors.SkyBlue));
        folder.Write("wide.png", TestImages.Png(400, 100, SKColors.Teal));
    }

    public static LaidOutDocument Lay(Theme theme, IPictureSource pictures) =>
        LayoutEngine.Layout(MarkdownReader.Read(Markdown, new DocumentInfo("Maisie")), theme, FontLibrary.Default, pictures);
}
