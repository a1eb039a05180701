using System.Diagnostics;
using System.Text;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cli;

/// <summary>
/// The real program against case folders as they arrive from e-mail and USB sticks: hostile, broken or unlucky.
/// Whatever the folder holds, the run ends with a plain message and a documented exit code, writes nothing over
/// its inputs, never replaces the last good output with a worse one, and leaves no temporary file behind.
/// </summary>
public sealed class HostileCaseTests : IDisposable
{
    private const string Today = "2026-11-23";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Maisie()
    {
        var folder = _temp.CopyOf(Repo.Sample("maisie"));
        return folder;
    }

    private static void Edit(string caseFolder, Func<string, string> change)
    {
        var file = Path.Combine(caseFolder, "case.yaml");
        File.WriteAllText(file, change(File.ReadAllText(file)));
    }

    [Fact]
    public void Given_an_empty_quote_a_blank_child_said_and_a_very_long_name_When_the_book_and_letter_are_made_Then_both_are_written()
    {
        var maisie = Maisie();
        Edit(maisie, text => text
            .Replace("preferred_name: Maisie", "preferred_name: " + string.Concat(Enumerable.Repeat("Maisie", 120)), StringComparison.Ordinal)
            .Replace("child_said: School is good.", "child_said: '   '\n    #", StringComparison.Ordinal)
            .Replace("    markdown: |\n", "    markdown: |\n      >\n\n      ::: speech\n      :::\n\n", StringComparison.Ordinal));

        var book = CliRunner.Run(_temp.Path, "book", "maisie", "--today", Today, "-q");
        var letter = CliRunner.Run(_temp.Path, "minutes", "maisie", "--today", Today, "-q");

        Assert.True(book.ExitCode == 0, book.Errors);
        Assert.True(letter.ExitCode == 0, letter.Errors);
        Assert.DoesNotContain("Something went wrong", book.Errors + letter.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void Given_a_run_stopped_while_writing_When_it_ends_Then_no_temporary_file_is_left_and_the_last_book_is_kept(string signal)
    {
        // The signal must land while the book is being written. On a loaded machine the test can miss the temporary
        // file, or see it only as the run finishes it so that the signal arrives after the run has ended (exit code 0,
        // a new book): that run was never stopped while writing, so it is run again, up to three times.
        var maisie = Maisie();
        var story = string.Concat(Enumerable.Repeat("      " + string.Concat(Enumerable.Repeat("Maisie likes the park and the ducks. ", 25)) + "\n\n", 800));
        Edit(maisie, text => text.Replace("    markdown: |\n", "    markdown: |\n" + story, StringComparison.Ordinal));
        for (var attempt = 1; ; attempt++)
        {
            var (seen, exitCode, leftOver, book) = StopWhileWriting(maisie, signal);
            if ((!seen || exitCode == 0) && attempt < 3) continue;
            Assert.True(seen, "the run finished before a temporary file was seen");
            Assert.NotEqual(0, exitCode);
            Assert.Empty(leftOver);
            Assert.Equal("the last good book", book);
            return;
        }
    }

    private static (bool Seen, int ExitCode, string[] LeftOver, string Book) StopWhileWriting(string maisie, string signal)
    {
        var output = Path.Combine(maisie, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "life-story-book.pdf"), "the last good book");

        using var process = Start(Path.GetDirectoryName(maisie)!, "book", "maisie", "--today", Today, "-q");
        var seen = WaitForTemporary(output, process);
        Signal(process.Id, signal);
        process.WaitForExit();
        return (seen, process.ExitCode, Directory.GetFiles(maisie, "*.tmp", SearchOption.AllDirectories), File.ReadAllText(Path.Combine(output, "life-story-book.pdf")));
    }

    [Fact]
    public void Given_a_temporary_file_left_by_a_killed_run_When_the_next_run_writes_Then_it_is_removed()
    {
        var maisie = Maisie();
        var output = Directory.CreateDirectory(Path.Combine(maisie, "output")).FullName;
        var stale = Path.Combine(output, ".life-story-book.pdf.999999999-0badf00d.tmp");
        File.WriteAllText(stale, "half a book with the child's photos");

        var run = CliRunner.Run(_temp.Path, "letter", "maisie", "--today", Today, "-q");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(stale));
    }

    [Theory]
    [InlineData("maisie/case.yaml")]
    [InlineData("maisie/photos/seaside.jpg")]
    [InlineData("maisie/drawings/my-family.png")]
    [InlineData("maisie/book.pdf")]
    public void Given_an_output_inside_the_case_but_not_in_output_When_run_Then_it_is_refused_and_nothing_changes(string output)
    {
        var maisie = Maisie();
        var target = Path.Combine(_temp.Path, output);
        var before = File.Exists(target) ? File.ReadAllBytes(target) : null;

        var run = CliRunner.Run(_temp.Path, "book", "maisie", "--today", Today, "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is inside the case folder", run.Errors, StringComparison.Ordinal);
        Assert.Equal(before, File.Exists(target) ? File.ReadAllBytes(target) : null);
    }

    [Fact]
    public void Given_a_template_folder_When_the_output_is_inside_it_Then_it_is_refused()
    {
        Maisie();
        Directory.CreateDirectory(Path.Combine(_temp.Path, "council"));

        var run = CliRunner.Run(_temp.Path, "letter", "maisie", "--today", Today, "--templates", "council", "-o", "council/letter.pdf");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is inside the templates folder", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_case_yaml_saved_as_windows_1252_When_the_book_is_made_again_Then_it_stops_and_the_last_book_is_kept()
    {
        var maisie = Maisie();
        Assert.Equal(0, CliRunner.Run(_temp.Path, "book", "maisie", "--today", Today, "-q").ExitCode);
        var book = Path.Combine(maisie, "output", "life-story-book.pdf");
        var good = File.ReadAllBytes(book);
        var text = File.ReadAllText(Path.Combine(maisie, "case.yaml")).Replace("preferred_name: Maisie", "preferred_name: Maïsie", StringComparison.Ordinal);
        File.WriteAllBytes(Path.Combine(maisie, "case.yaml"), Encoding.Latin1.GetBytes(text));

        var run = CliRunner.Run(_temp.Path, "book", "maisie", "--today", Today);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("case.yaml is not saved as UTF-8: byte ", run.Errors, StringComparison.Ordinal);
        Assert.Contains("save it as UTF-8", run.Errors, StringComparison.Ordinal);
        Assert.Equal(good, File.ReadAllBytes(book));
    }

    [Fact]
    public void Given_the_pdf_manifest_When_the_markdown_versions_are_made_Then_each_format_keeps_its_own_manifest()
    {
        Maisie();
        Assert.Equal(0, CliRunner.Run(_temp.Path, "minutes", "maisie", "--all", "--today", Today, "-q").ExitCode);
        var pdfManifest = Path.Combine(_temp.Path, "maisie", "output", "review-letter-2026-09-15-manifest.json");
        var before = File.ReadAllText(pdfManifest);

        var run = CliRunner.Run(_temp.Path, "minutes", "maisie", "--all", "--format", "md", "--today", Today, "-q");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, File.ReadAllText(pdfManifest));
        Assert.Contains("review-letter-2026-09-15.md", File.ReadAllText(Path.Combine(_temp.Path, "maisie", "output", "review-letter-2026-09-15-md-manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_picture_cache_that_cannot_be_written_When_checked_and_made_elsewhere_Then_both_work_with_a_note()
    {
        var maisie = Maisie();
        // As root a read-only folder is still writable, so the cache is blocked by a file where its folder would be.
        File.WriteAllText(Path.Combine(maisie, ".lifestory-cache"), "not a folder");

        var check = CliRunner.Run(_temp.Path, "check", "maisie", "--today", Today);
        var book = CliRunner.Run(_temp.Path, "book", "maisie", "--today", Today, "-o", "elsewhere/book.pdf");

        Assert.Equal(0, check.ExitCode);
        Assert.Contains("The case folder cannot be written, so what was learnt about its pictures is not kept", check.Errors, StringComparison.Ordinal);
        Assert.Equal(0, book.ExitCode);
        Assert.True(File.Exists(Path.Combine(_temp.Path, "elsewhere", "book.pdf")));
    }

    [Fact]
    public void Given_a_batch_of_hostile_cases_When_run_Then_it_finishes_with_a_summary_naming_each()
    {
        var cases = Directory.CreateDirectory(Path.Combine(_temp.Path, "cases")).FullName;
        Directory.Move(Maisie(), Path.Combine(cases, "maisie"));
        Directory.CreateDirectory(Path.Combine(cases, "pipe"));
        Fifo.Make(Path.Combine(cases, "pipe", "case.yaml"));
        Directory.CreateDirectory(Path.Combine(cases, "deep"));
        File.WriteAllText(Path.Combine(cases, "deep", "case.yaml"), "child: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        Directory.CreateDirectory(Path.Combine(cases, "laughs"));
        var laughs = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++) laughs.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        File.WriteAllText(Path.Combine(cases, "laughs", "case.yaml"), laughs + "child: *a9\n");
        Directory.CreateDirectory(Path.Combine(cases, "bracket"));
        File.WriteAllText(Path.Combine(cases, "bracket", "case.yaml"), "child:\n  preferred_name: Bo\n  hidden_from: [parents   # private\n");
        Directory.CreateDirectory(Path.Combine(cases, "notes"));

        var run = CliRunner.Run(_temp.Path, "minutes", "--batch", "cases", "--today", Today);

        Assert.Equal(2, run.ExitCode);
        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Contains("Wrote cases/maisie/output/review-letter-2026-09-15.pdf", lines);
        Assert.Contains("Not a case: notes has no case.yaml", lines);
        Assert.Contains("Made 1 letter, 4 failed:", lines);
        Assert.Contains(lines, l => l.StartsWith("  bracket: case.yaml:3:16: error: The '[' here is never closed", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  deep: case.yaml:1:", StringComparison.Ordinal) && l.Contains("nested more than 64 deep", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  laughs: case.yaml:6:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  pipe: ", StringComparison.Ordinal) && l.Contains("not an ordinary file", StringComparison.Ordinal));
    }

    private static Process Start(string workingDirectory, params string[] args)
    {
        // Through env(1) with the signals' default handling, as a terminal gives a person's run: a test runner started
        // in the background by a non-interactive shell ignores SIGINT, its children inherit that, and .NET then never
        // sees the Ctrl+C this test sends (the run went on to write the book and exit 0). env execs in place, so the
        // process id is the run's own.
        var start = new ProcessStartInfo("env") { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("--default-signal=INT,TERM,HUP");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "lifestory.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    /// <summary>Polls until the run has a temporary file open in <paramref name="folder"/>, or has ended.</summary>
    private static bool WaitForTemporary(string folder, Process process)
    {
        while (!process.HasExited)
        {
            if (Directory.GetFiles(folder, "*.tmp").Length > 0) return true;
            Thread.Sleep(5);
        }
        return false;
    }

    private static void Signal(int pid, string signal)
    {
        // The shell's own kill: a minimal system may have no kill program.
        using var kill = Process.Start(new ProcessStartInfo("sh", ["-c", $"kill -s {signal} {pid.ToString(System.Globalization.CultureInfo.InvariantCulture)}"]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }
}
