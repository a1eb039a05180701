using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Pipeline;
using LifeStory.Tests.Checking;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Reviews;

/// <summary>A review's record is a draft until its IRO signs it; a correction is signed again and the full record says what changed.</summary>
public sealed class SignedRecordTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private const string SeptemberSignature = "    signed:\n      - { by: mark, date: 2026-09-18 }\n";

    private static IReadOnlyList<string> Letter(string folder, Audience reader, TempFolder temp)
    {
        var pdf = temp.File($"letter-{reader}.pdf");
        var result = CasePipeline.Run(new RunRequest(Product.Minutes, folder, Today, pdf, Reader: reader));
        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        return PdfText.Pages(pdf);
    }

    [Fact]
    public void Given_Maisies_September_review_not_signed_When_each_version_is_made_Then_every_page_says_DRAFT_and_once_signed_none_does()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        var caseYaml = Path.Combine(folder, "case.yaml");
        var signed = File.ReadAllText(caseYaml);
        Assert.Contains(SeptemberSignature, signed, StringComparison.Ordinal);
        File.WriteAllText(caseYaml, signed.Replace(SeptemberSignature, "", StringComparison.Ordinal));

        foreach (var reader in new[] { Audience.Child, Audience.Carers, Audience.Parents, Audience.Record })
            Assert.All(Letter(folder, reader, temp), page => Assert.Contains(CasePipeline.UnsignedWords, page, StringComparison.Ordinal));

        File.WriteAllText(caseYaml, signed);
        foreach (var reader in new[] { Audience.Child, Audience.Carers, Audience.Parents, Audience.Record })
            Assert.All(Letter(folder, reader, temp), page => Assert.DoesNotContain("DRAFT", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_Yusufs_corrected_record_When_each_version_is_made_Then_only_the_full_record_says_what_changed_and_when()
    {
        using var temp = new TempFolder();
        const string line = "Corrected on 26 August 2026: Mum's score was added, as she sent it after the meeting.";

        var record = string.Join(" ", Letter(Repo.Sample("yusuf"), Audience.Record, temp)).Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains(line, record, StringComparison.Ordinal);
        foreach (var reader in new[] { Audience.Child, Audience.Carers, Audience.Parents })
            Assert.DoesNotContain("Corrected", string.Join(" ", Letter(Repo.Sample("yusuf"), reader, temp)), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unsigned_review_When_the_CLI_writes_its_letter_Then_it_warns_that_the_letter_is_a_draft_and_says_how_to_sign_it()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        var caseYaml = Path.Combine(folder, "case.yaml");
        File.WriteAllText(caseYaml, File.ReadAllText(caseYaml).Replace(SeptemberSignature, "", StringComparison.Ordinal));

        var unsigned = LifeStory.Tests.Cli.CliRunner.Run(temp.Path, "minutes", folder, "--today", "2026-11-23");
        var signed = LifeStory.Tests.Cli.CliRunner.Run(temp.Path, "minutes", Repo.Sample("maisie"), "-o", temp.File("signed.pdf"), "--today", "2026-11-23");

        Assert.Equal(0, unsigned.ExitCode);
        Assert.Contains("This letter says \"DRAFT — not yet signed\" on every page. When the IRO has signed the record, add signed: [{ by: <the IRO's id>, date: <YYYY-MM-DD> }] to that review in case.yaml.",
            unsigned.Errors + unsigned.Output, StringComparison.Ordinal);
        Assert.Equal(0, signed.ExitCode);
        Assert.DoesNotContain("DRAFT", signed.Errors + signed.Output, StringComparison.Ordinal);
    }

    private const string Reviewed = """
        child: { legal_name: Ada Jane Test, preferred_name: Ada, date_of_birth: 2016-02-02, pronouns: she, first_language: English }
        people:
          - { id: mark, name: Mark Bennett, relationship: the person who runs my meetings, group: iro }
        reviews:
          - date: 2025-11-20
            iro: mark
            signed:
        """;

    [Fact]
    public void Given_a_signature_dated_before_the_meeting_When_checked_Then_it_is_an_error_that_says_why()
    {
        var findings = CheckerHarness.Check(Reviewed + "\n      - { by: mark, date: 2025-11-19 }\n");

        var finding = Assert.Single(findings, f => f.IsError);
        CheckerHarness.AssertFinding(finding, Severity.Error, "date-order", 8, 27, "reviews[0].signed[0].date",
            "The record is signed on 2025-11-19, before its meeting on 2025-11-20.",
            "A record can only be signed after the meeting: check the year, or the meeting's date.");
    }

    [Fact]
    public void Given_a_correction_dated_before_the_first_signature_or_after_today_When_checked_Then_each_is_an_error()
    {
        var findings = CheckerHarness.Check(Reviewed + "\n      - { by: mark, date: 2025-11-25 }\n      - { by: mark, date: 2025-11-24, changed: The next meeting's date }\n      - { by: mark, date: 2026-02-01, changed: A score }\n");

        Assert.Equal([
            ("date-order", "reviews[0].signed[1].date", "This correction is signed on 2025-11-24, before the signature above it (2025-11-25)."),
            ("date-in-future", "reviews[0].signed[2].date", "The signature's date 2026-02-01 is after today."),
        ], findings.Where(f => f.IsError).Select(f => (f.Code, f.Field, f.Message)));
    }

    [Fact]
    public void Given_a_signature_by_someone_not_in_the_case_When_checked_Then_it_names_the_closest_id()
    {
        var findings = CheckerHarness.Check(Reviewed + "\n      - { by: marc, date: 2025-11-21 }\n");

        var finding = Assert.Single(findings, f => f.IsError);
        Assert.Equal(("unknown-reference", "reviews[0].signed[0].by", "'marc' is not the id of anyone in people.", "Did you mean 'mark'?"),
            (finding.Code, finding.Field, finding.Message, finding.Fix));
    }
}
