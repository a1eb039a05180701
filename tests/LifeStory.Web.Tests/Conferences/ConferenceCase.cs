using LifeStory.Web.Tests.Reviews.Recording;

namespace LifeStory.Web.Tests.Conferences;

/// <summary>
/// Amira's case (<see cref="RecordingCase"/>: Iris her IRO, Sam her social worker, Ruth their manager, on Monday 20
/// July 2026) with one child protection conference held on 10 June 2026 and not yet signed, chaired by David. One
/// danger statement is kept from the child's letter: the page must say so, and her letter must not show it.
/// </summary>
public static class ConferenceCase
{
    public const string Held = "2026-06-10";

    public const string HiddenWorry = "Nan forgets to collect you from school.";

    public const string Conferences = """

        conferences:
          - date: 2026-06-10
            kind: initial
            category: neglect
            chair: david
            child_came: false
            views_gathered: Jo talked with you at home before the meeting.
            going_well:
              - Nan loves you very much.
            worries:
              - what: Nan forgets to collect you from school.
                who_is_worried: [jo]
                what_could_happen: You could be left on your own.
                safety_goal: A grown-up always collects you on time.
                hidden_from: [child]
              - what: There is not always food at Nan's house.
                who_is_worried: [jo]
                what_could_happen: You could go to bed hungry.
                safety_goal: You have three meals every day.
            plan:
              - what: Jo will collect you from school on Fridays.
                who: jo
                by: 2026-07
            core_groups:
              - 2026-07-01
            review_conference: 2026-09-10

        """;

    public static string Yaml => RecordingCase.Yaml + "\n" + Conferences;

    public static string Record(Guid child, string date) => $"/Children/{child}/Conferences/Record?date={date}";

    public static string Page(Guid child, string date = Held) => $"/Children/{child}/Conferences/{date}";
}
