using TestImages = LifeStory.Tests.Documents.Pictures.TestImages;
using LifeStory.Tests.Support;
using SkiaSharp;

namespace LifeStory.Tests.Audiences;

/// <summary>
/// A made-up adoption case of the kind that first showed hidden people leaking by id: Ruby, 3, placed for adoption
/// with Helen and Tom Carter. Helen is hidden from Ruby's birth mother entirely; Tom is not, but adopters'
/// surnames, their town and Ruby's nursery are kept from birth parents by default.
/// </summary>
internal static class RubyCase
{
    public const string Yaml = """
        child:
          legal_name: Ruby Carter
          preferred_name: Ruby
          date_of_birth: 2023-03-02
          pronouns: she
          first_language: English
        people:
          - id: sophie
            name: Sophie Malik
            relationship: my birth mum
            group: birth_family
          - id: helen
            name: Helen Carter
            relationship: my mummy
            group: adoptive_family
            hidden_from: [parents]
          - id: tom
            name: Tom Carter
            relationship: my daddy
            group: adoptive_family
          - id: priya
            name: Priya Shah
            relationship: my social worker
            group: social_worker
          - id: mark
            name: Mark Bennett
            relationship: the person who runs my meetings
            group: iro
          - id: miss-lewis
            name: Hannah Lewis
            relationship: my teacher
            group: others
            known_as: Miss Lewis
            hidden_from: [parents]
        homes:
          - id: birth
            name: The flat in Bradford
            kind: birth_family
            from: 2023-03
            to: 2024-05
            people: [sophie]
            town: Bradford
          - id: forever
            name: Mummy and Daddy's house
            kind: adoptive
            from: 2025-01
            people: [helen, tom]
            town: Harrogate
            address: 3 Elm Close, Harrogate
        schools:
          - id: nursery
            name: Bluebell Nursery
            from: 2025-09
        photos:
          - id: garden
            file: photos/garden.png
            caption: You in the garden
          - id: secret
            file: photos/secret.png
            caption: You at the new house
            hidden_from: [child]
        drawings:
          - id: house
            file: drawings/house.png
            title: My house
          - id: worried
            file: drawings/worried.png
            title: The worried face
        story:
          - id: garden-story
            title: Our garden
            markdown: |
              You love the garden.

              ![You at the new house](photos/secret.png){.half}

              You dig for worms.
        words_and_pictures:
          - part: who_is_worried
            words: Some grown-ups were worried.
            drawing: worried
            hidden_from: [child]
        reviews:
          - date: 2026-05-01
            iro: mark
            people:
              - { person: sophie, how: sent_views }
              - { person: helen, how: came }
              - { person: miss-lewis, how: sent_views }
            child_said: I like the swings.
            going_well:
              - Ruby is settled and happy.
            worries:
              - what: Ruby does not sleep well.
                who_is_worried: [helen, sophie]
            decisions:
              - what: Book a visit to the sleep clinic.
                who: helen
                by: 2026-07
              - what: Send Ruby a birthday card.
                who: sophie
                by: 2027-03
            scale_question: How settled is Ruby?
            scale_zero: Not settled at all
            scale_ten: Completely settled
            scale:
              - { person: helen, score: 9 }
              - { person: sophie, score: 6 }
        """;

    /// <summary>The case folder, with its pictures drawn here.</summary>
    public static string Write(TempFolder temp, string yaml = Yaml)
    {
        var folder = temp.File("ruby");
        Directory.CreateDirectory(Path.Combine(folder, "photos"));
        Directory.CreateDirectory(Path.Combine(folder, "drawings"));
        File.WriteAllText(Path.Combine(folder, "case.yaml"), yaml);
        File.WriteAllBytes(Path.Combine(folder, "photos", "garden.png"), TestImages.Png(1600, 1200, SKColors.ForestGreen));
        File.WriteAllBytes(Path.Combine(folder, "photos", "secret.png"), TestImages.Png(1600, 1200, SKColors.SteelBlue));
        File.WriteAllBytes(Path.Combine(folder, "drawings", "house.png"), TestImages.Png(1200, 900, SKColors.Orange));
        File.WriteAllBytes(Path.Combine(folder, "drawings", "worried.png"), TestImages.Png(1200, 900, SKColors.Plum));
        return folder;
    }
}
