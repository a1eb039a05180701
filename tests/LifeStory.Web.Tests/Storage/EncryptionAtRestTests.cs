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
            Assert.Equal(-1, all.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
            Assert.Equal(-1, all.AsSpan().IndexOf(Encoding.Unicode.GetBytes(secret)));
        }
    }
}
