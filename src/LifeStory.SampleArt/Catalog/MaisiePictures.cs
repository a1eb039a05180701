using LifeStory.SampleArt.Jpeg;

namespace LifeStory.SampleArt.Catalog;

/// <summary>
/// Maisie's photos and drawings, and the four Words and Pictures drawings her social worker made for her.
/// Orientations are spread on purpose (6, 3, 8 and the mirrored 2) and the seaside photo carries a GPS position,
/// so the pipeline's orientation and privacy handling get exercised.
/// </summary>
public static class MaisiePictures
{
    public static SampleCase Case { get; } = new("maisie",
    [
        SamplePhoto.Taken("photos/flat-in-leeds.jpg", "flat-block", 1600, 1200, 101, Phones.Samsung, 1, "Kelly Clarke", new(2019, 8, 3, 14, 12, 5)),
        SamplePhoto.Taken("photos/baby-maisie.jpg", "cot", 1200, 1600, 102, Phones.Samsung, 6, "Kelly Clarke", new(2019, 7, 20, 9, 41, 30)),
        SamplePhoto.Taken("photos/first-steps-in-the-park.jpg", "park", 1600, 1200, 103, Phones.Samsung, 1, "Kelly Clarke", new(2020, 5, 16, 16, 3, 48)),
        SamplePhoto.Taken("photos/auntie-bevs-house.jpg", "bungalow", 1600, 1200, 104, Phones.Pixel, 3, "Beverley Owen", new(2021, 6, 12, 11, 20, 0)),
        SamplePhoto.Taken("photos/jo-and-sams-house.jpg", "terraced-house", 1600, 1200, 105, Phones.IPhone, 1, "Jo Patel", new(2021, 9, 20, 17, 5, 12)),
        SamplePhoto.Taken("photos/first-day-at-school.jpg", "school", 1200, 1600, 106, Phones.IPhone, 8, "Jo Patel", new(2023, 9, 6, 8, 32, 44)),
        SamplePhoto.Taken("photos/seaside.jpg", "beach", 1600, 1200, 107, Phones.IPhone, 1, "Sam Patel", new(2024, 8, 10, 13, 15, 9),
            new GpsPosition(54.4858, -0.6206)),
        SamplePhoto.Taken("photos/seventh-birthday.jpg", "birthday-cake", 1600, 1200, 108, Phones.IPhone, 2, "Jo Patel", new(2026, 6, 13, 15, 45, 0)),
    ],
    [
        new SampleDrawing("drawings/my-family.png", "family", 201),
        new SampleDrawing("drawings/me-and-leo-at-the-park.png", "park", 202),
        // Priya's Words and Pictures: drawn by the social worker in felt tip, not by Maisie.
        new SampleDrawing("drawings/who-was-worried.png", "who-was-worried", 203),
        new SampleDrawing("drawings/what-they-were-worried-about.png", "what-they-were-worried-about", 204),
        new SampleDrawing("drawings/what-happened-then.png", "what-happened-then", 205),
        new SampleDrawing("drawings/what-the-grown-ups-are-doing.png", "what-the-grown-ups-are-doing", 206),
    ]);
}
