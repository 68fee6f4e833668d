using System.Collections.Concurrent;
using Workshop.Cli;

namespace Workshop.Notebooks.Tests;

/// <summary>
/// Runs notebooks through the same code path as `workshop run` (NotebookRunner), building the library once per test run.
/// A notebook's first run is shared by the tests that look at it, because each run starts a kernel and takes seconds.
/// </summary>
public static class KitRun
{
    public static readonly string Root = RepoPaths.Root(AppContext.BaseDirectory);
    public static readonly string Fixtures = Path.Combine(Root, "tests", "fixtures");
    public static readonly string Output = Path.Combine(Root, "artifacts", "test-notebooks");

    static readonly Lazy<Task<bool>> Prepared = new(() => KitSetup.PrepareAsync(Root, TextWriter.Null, Console.Error));
    static readonly ConcurrentDictionary<string, Lazy<Task<NotebookResult>>> FirstRuns = new();

    public static IEnumerable<string> NotebookNames() =>
        Directory.GetFiles(RepoPaths.Notebooks(Root), "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>Runs a notebook in a fresh kernel; output copies go under artifacts/test-notebooks/<paramref name="outputFolder"/>.</summary>
    public static async Task<NotebookResult> RunAsync(string path, string outputFolder, TimeSpan? cellTimeout = null, TextWriter? progress = null)
    {
        Assert.True(await Prepared.Value, "building lib/Workshop.Charts failed; run `dotnet build lib/Workshop.Charts` to see why");
        var options = new RunOptions(cellTimeout ?? RunOptions.DefaultCellTimeout, Path.Combine(Output, outputFolder), progress ?? TextWriter.Null);
        return await NotebookRunner.RunAsync(Notebook.Load(path), Root, options);
    }

    /// <summary>The first run of a notebook under notebooks/, shared by every test that inspects it.</summary>
    public static Task<NotebookResult> FirstRunAsync(string name) =>
        FirstRuns.GetOrAdd(name, n => new Lazy<Task<NotebookResult>>(() => RunAsync(Path.Combine(RepoPaths.Notebooks(Root), n), "first"))).Value;

    public static async Task Prepare() => Assert.True(await Prepared.Value, "building lib/Workshop.Charts failed");
}
