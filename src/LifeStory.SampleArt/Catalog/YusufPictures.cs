using LifeStory.SampleArt.Jpeg;

namespace LifeStory.SampleArt.Catalog;

/// <summary>
/// Yusuf's photos and drawing. Orientations 6, 3, 8 and the transverse 7; the city-centre photo has GPS.
/// </summary>
public static class YusufPictures
{
    public static SampleCase Case { get; } = new("yusuf",
    [
        SamplePhoto.Taken("photos/margarets-house.jpg", "terraced-house", 1600, 1200, 301, Phones.Samsung, 3, "Margaret Evans", new(2024, 6, 20, 18, 2, 10)),
        SamplePhoto.Taken("photos/first-day-at-college.jpg", "school", 1200, 1600, 302, Phones.Samsung, 6, "Margaret Evans", new(2024, 9, 10, 8, 55, 31)),
        SamplePhoto.Taken("photos/cooking-for-eid.jpg", "kitchen", 1200, 1600, 303, Phones.Samsung, 8, "Margaret Evans", new(2025, 3, 30, 12, 40, 2)),
        SamplePhoto.Taken("photos/city-centre.jpg", "city-street", 1600, 1200, 304, Phones.Pixel, 1, "Yusuf Haddad", new(2025, 7, 5, 15, 10, 44),
            new GpsPosition(53.3811, -1.4701)),
        SamplePhoto.Taken("photos/college-trip-to-the-sea.jpg", "beach", 1600, 1200, 305, Phones.Pixel, 7, "Yusuf Haddad", new(2025, 7, 18, 12, 5, 0)),
        SamplePhoto.Taken("photos/football-team.jpg", "football", 1600, 1200, 306, Phones.IPhone, 1, "Dan Hughes", new(2025, 10, 18, 11, 30, 27)),
    ],
    [
        new SampleDrawing("drawings/my-home-in-omdurman.png", "far-home", 401),
    ]);
}
