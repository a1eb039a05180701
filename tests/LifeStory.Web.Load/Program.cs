using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using LifeStory.Web.Load;

// dotnet run -c Release --project tests/LifeStory.Web.Load -- [users] [seconds] [preview cache MB]
// dotnet run -c Release --project tests/LifeStory.Web.Load -- save-preview [saves]   (save to updated preview, one editor)
// dotnet run -c Release --project tests/LifeStory.Web.Load -- letters-batch   (the week's review letters, emailed and a print pack)
// dotnet run -c Release --project tests/LifeStory.Web.Load -- review-preview [requests]   (letter redrawn as the IRO types)
// Every request goes to 127.0.0.1; the app is started here and stopped at the end.
if (args.Length > 0 && args[0] == "letters-batch") return await LettersBatch.RunAsync(FindRepository());
if (args.Length > 0 && args[0] == "save-preview")
{
    using var editing = await ServerProcess.StartAsync(FindRepository());
    return await SavePreview.RunAsync(editing, args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60);
}
if (args.Length > 0 && args[0] == "review-preview")
{
    using var recording = await ServerProcess.StartAsync(FindRepository());
    return await ReviewPreview.RunAsync(recording, args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30);
}
var users = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60;
int? previewCache = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : null;
var repository = FindRepository();
using var server = await ServerProcess.StartAsync(repository, previewCache);
Console.WriteLine($"Server ready at {server.Address} ({server.MemoryMegabytes():F0} MB). Warming up every preview once…");

var latencies = new Latencies();
var documents = new[] { "review-letter/child", "book/child" };
using (var warm = new UserClient(server.Address, new Latencies()))
{
    await warm.SignInAsync("sam.social", ServerProcess.Password);
    foreach (var child in UserClient.ChildLinks(await warm.GetAsync("warm", "/Children")))
        foreach (var document in documents)
        {
            var preview = await warm.GetAsync("warm", $"{child}/Documents/{document}");
            for (var page = 1; preview.Contains($"/Pages/{page}\"", StringComparison.Ordinal); page++)
                await warm.GetAsync("warm", $"{child}/Documents/{document}/Pages/{page}");
        }
}
var warmMemory = server.MemoryMegabytes();
Console.WriteLine($"Warm ({warmMemory:F0} MB). {users} users for {seconds} s, each waiting 0.5–1.5 s between requests, one of them saving an edit every 20 s…");

var deadline = Stopwatch.StartNew();
var accounts = new[] { "sam.social", "ruth.manager", "iris.iro" };
var memory = new List<double>();
using var sampling = new CancellationTokenSource();
var sampler = Task.Run(async () =>
{
    while (!sampling.IsCancellationRequested)
    {
        memory.Add(server.MemoryMegabytes());
        try { await Task.Delay(1000, sampling.Token); }
        catch (TaskCanceledException) { }
    }
});
var workers = Enumerable.Range(0, users).Select(i => Task.Run(() => BrowseAsync(i))).Append(Task.Run(EditAsync)).ToList();
await Task.WhenAll(workers);
await sampling.CancelAsync();
await sampler;

foreach (var line in latencies.Report()) Console.WriteLine(line);
Console.WriteLine($"errors: {latencies.Errors}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"server memory (working set): after warm-up {warmMemory:F0} MB, during load max {memory.Max():F0} MB, at the end {memory[^1]:F0} MB"));
foreach (var line in MemoryTrend.Report(memory)) Console.WriteLine(line);
return latencies.Errors == 0 ? 0 : 3;

async Task BrowseAsync(int number)
{
    var random = new Random(number);
    using var user = new UserClient(server.Address, latencies);
    await user.SignInAsync(accounts[number % accounts.Length], ServerProcess.Password);
    while (deadline.Elapsed.TotalSeconds < seconds)
    {
        var children = UserClient.ChildLinks(await user.GetAsync("page: children list", "/Children"));
        await Think(random);
        if (children.Count == 0) continue;
        var child = children[random.Next(children.Count)];
        await user.GetAsync("page: child's record", child);
        await Think(random);
        var document = documents[random.Next(documents.Length)];
        var preview = await user.GetAsync("page: preview", $"{child}/Documents/{document}");
        var pages = Enumerable.Range(1, 60).Count(p => preview.Contains($"/Pages/{p}\"", StringComparison.Ordinal));
        for (var i = 0; i < 2 && pages > 0; i++)
            await user.GetAsync("preview image (PNG page)", $"{child}/Documents/{document}/Pages/{random.Next(1, pages + 1)}");
        await Think(random);
    }
}

async Task EditAsync()
{
    using var editor = new UserClient(server.Address, latencies);
    await editor.SignInAsync("sam.social", ServerProcess.Password);
    var maisie = (await Task.WhenAll(UserClient.ChildLinks(await editor.GetAsync("edit: list", "/Children"))
        .Select(async c => (Link: c, Page: await editor.GetAsync("edit: list", c))))).First(c => c.Page.Contains("<h1>Maisie</h1>", StringComparison.Ordinal)).Link;
    var folder = Path.Combine(repository, "samples", "maisie");
    for (var edit = 1; deadline.Elapsed.TotalSeconds < seconds - 10; edit++)
    {
        await Task.Delay(TimeSpan.FromSeconds(20));
        var clock = Stopwatch.StartNew();
        var saved = await editor.UploadAsync(maisie, maisie + "?handler=Import", ZipWithEdit(folder, edit));
        latencies.Add("edit: save a new version", clock.Elapsed.TotalMilliseconds);
        if (saved.StatusCode != System.Net.HttpStatusCode.Redirect) latencies.Error();
        await editor.GetAsync("edit: preview after the edit", $"{maisie}/Documents/review-letter/child");
        await editor.GetAsync("edit: first page after it", $"{maisie}/Documents/review-letter/child/Pages/1");
    }
}

static byte[] ZipWithEdit(string folder, int edit)
{
    using var buffer = new MemoryStream();
    using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (relative.StartsWith("output/", StringComparison.Ordinal) || relative.StartsWith(".lifestory-cache/", StringComparison.Ordinal)) continue;
            using var entry = zip.CreateEntry(relative).Open();
            var bytes = File.ReadAllBytes(path);
            if (relative == "case.yaml") bytes = [.. bytes, .. Encoding.UTF8.GetBytes($"# edit {edit}\n")];
            entry.Write(bytes);
        }
    return buffer.ToArray();
}

static Task Think(Random random) => Task.Delay(500 + random.Next(1000));

static string FindRepository()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "LifeStory.sln"))) return dir.FullName;
    throw new InvalidOperationException("Run the load driver from inside the repository.");
}
