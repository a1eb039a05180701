using LifeStory.Checking;
using LifeStory.Tests.Cases;
using static LifeStory.Tests.Checking.CheckerHarness;

namespace LifeStory.Tests.Checking;

public sealed class FileNameCheckTests
{
    [Theory]
    [InlineData("photos/sea\\0side.jpg", "photos/sea\\u0000side.jpg")]
    [InlineData("photos/two\\nlines.jpg", "photos/two\\u000Alines.jpg")]
    public void Given_a_file_name_with_a_hidden_character_When_checked_Then_an_error_naming_it_not_a_crash(string written, string shown)
    {
        var findings = Check(TempCaseFolder.MinimalChild + $"photos:\n  - id: sea\n    file: \"{written}\"\n    caption: The sea\n");

        AssertFinding(Assert.Single(findings, f => f.IsError), Severity.Error, "bad-file-name", 9, 11, "photos[0].file",
            $"'{shown}' has a control character (such as NUL or a line break) in it, which no file name can have.",
            "Type the file name again in case.yaml: a hidden character (such as \\0 or a line break) came with it.");
    }
}
