using System.Runtime.CompilerServices;
using SkiaSharp;

namespace LifeStory.Tests.Support;

/// <summary>
/// Golden files in the manner of Verify: the approved file sits beside the test as Class.Name.approved.ext;
/// on a mismatch a .received file appears next to it (git-ignored) and the test fails saying how to approve.
/// Run with LIFESTORY_APPROVE=1 to accept the received output as the new approved file.
/// </summary>
internal static class Golden
{
    private static bool Approving => Environment.GetEnvironmentVariable("LIFESTORY_APPROVE") == "1";

    public static void Text(string name, string actual, [CallerFilePath] string caller = "")
    {
        var (approved, received) = Paths(caller, name, "txt");
        actual = actual.Replace("\r\n", "\n");
        if (Approving) { File.WriteAllText(approved, actual); return; }
        var expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved file {Path.GetFileName(approved)}. Review {received}, then run with LIFESTORY_APPROVE=1."
            : $"{Path.GetFileName(approved)} differs from the output. Compare it with {received}; if the change is right, run with LIFESTORY_APPROVE=1.\n{FirstDifference(expected, actual)}");
    }

    /// <summary>Compares an image with its approved PNG: fails when more than a small share of pixels differ visibly.</summary>
    public static void Image(string name, SKBitmap actual, [CallerFilePath] string caller = "")
    {
        var (approved, received) = Paths(caller, name, "png");
        void Save(string path)
        {
            using var data = actual.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(path, data.ToArray());
        }
        if (Approving) { Save(approved); return; }
        if (!File.Exists(approved))
        {
            Save(received);
            Assert.Fail($"No approved image {Path.GetFileName(approved)}. Review {received}, then run with LIFESTORY_APPROVE=1.");
        }
        using var expected = SKBitmap.Decode(approved);
        var difference = ImageDifference.Share(expected, actual);
        if (difference <= 0.005) { File.Delete(received); return; }
        Save(received);
        Assert.Fail($"{Path.GetFileName(approved)}: {difference:P2} of pixels differ (allowed 0.5%). Compare with {received}.");
    }

    private static (string Approved, string Received) Paths(string caller, string name, string extension)
    {
        var folder = Path.GetDirectoryName(caller)!;
        var stem = Path.GetFileNameWithoutExtension(caller) + "." + name;
        return (Path.Combine(folder, stem + ".approved." + extension), Path.Combine(folder, stem + ".received." + extension));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right) return $"First difference at line {i + 1}:\n  approved: {left}\n  received: {right}";
        }
        return "";
    }
}
