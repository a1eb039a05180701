namespace LifeStory.Documents.Text;

/// <summary>
/// The font files a theme reads with: four body faces and one heading face, by file name in the program's
/// fonts folder. Scripts the body font lacks (Arabic, Ethiopic) always fall back to the same Noto fonts,
/// whatever the set, so a child's name in their own script prints in every theme.
/// </summary>
public sealed record FontSet(string Name, string Regular, string Bold, string Italic, string BoldItalic, string Heading, bool HeadingLigatures)
{
    /// <summary>Atkinson Hyperlegible, made for low-vision readers, with rounded Fredoka headings: a children's book.</summary>
    public static FontSet Friendly { get; } = new("friendly",
        "AtkinsonHyperlegible_400Regular.ttf", "AtkinsonHyperlegible_700Bold.ttf",
        "AtkinsonHyperlegible_400Regular_Italic.ttf", "AtkinsonHyperlegible_700Bold_Italic.ttf",
        "Fredoka_600SemiBold.ttf", HeadingLigatures: false);

    /// <summary>The same clear body with plainer Lexend headings: a look a teenager will not find babyish.</summary>
    public static FontSet Plain { get; } = Friendly with { Name = "plain", Heading = "Lexend_600SemiBold.ttf", HeadingLigatures = true };

    /// <summary>
    /// Easy read: Atkinson Hyperlegible with plain Lexend headings and no italics at all (the easy-read guidance
    /// asks for none): text marked as emphasis prints upright.
    /// </summary>
    public static FontSet EasyRead { get; } = Plain with
    {
        Name = "easy-read", Italic = "AtkinsonHyperlegible_400Regular.ttf", BoldItalic = "AtkinsonHyperlegible_700Bold.ttf",
    };

    /// <summary>
    /// Lexend throughout, designed to reduce visual stress and improve reading fluency. It has no italics, and
    /// that is right here: the British Dyslexia Association's style guide advises against italic text, so
    /// emphasis in this set is bold only.
    /// </summary>
    public static FontSet DyslexiaFriendly { get; } = new("dyslexia-friendly",
        "Lexend_400Regular.ttf", "Lexend_700Bold.ttf", "Lexend_400Regular.ttf", "Lexend_700Bold.ttf",
        "Lexend_600SemiBold.ttf", HeadingLigatures: true);
}
