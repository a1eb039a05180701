using System.Text;
using LifeStory.Web.Tests.Support;

namespace LifeStory.Web.Tests.Storage;

/// <summary>The database file, read as bytes, holds nothing about the seeded children in clear.</summary>
[Collection(WebCollection.Name)]
public sealed class EncryptionAtRestTests(SharedHosts hosts)
{
    [Fact]
    public async Task Given_the_seeded_samples_When_the_database_files_are_read_as_bytes_Then_no_name_or_story_appears_in_clear()
    {
        var host = hosts.For(Databases.Sqlite);
        var session = await Session.SignInAsync(host, "sam.social");
        Assert.Contains("Maisie", await session.Client.GetStringAsync("/Children"), StringComparison.Ordinal); // the app itself can read them

        var bytes = new List<byte>();
        foreach (var file in Directory.GetFiles(host.DataFolder, "lifestory.db*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            bytes.AddRange(copy.ToArray());
        }
        var all = bytes.ToArray();
        Assert.True(all.Length > 100_000, "the database should hold the samples' pictures");
        foreach (var secret in new[] { "Maisie", "Yusuf", "preferred_name", "Ruth Adams, team manager", "JFIF", "Exif" })
        {
            foreach (var encoded in new[] { Encoding.UTF8.GetBytes(secret), Encoding.Unicode.GetBytes(secret) })
            {
                var at = all.AsSpan().IndexOf(encoded);
                Assert.True(at < 0, $"'{secret}' is in clear at byte {at}: {Around(all, at)}");
            }
        }
    }

    /// <summary>The printable bytes around a find, so a failure says which table let it through.</summary>
    private static string Around(byte[] all, int at)
    {
        var from = Math.Max(0, at - 120);
        var to = Math.Min(all.Length, at + 120);
        return new string(all[from..to].Select(b => b is >= 32 and < 127 ? (char)b : '.').ToArray());
    }
}
