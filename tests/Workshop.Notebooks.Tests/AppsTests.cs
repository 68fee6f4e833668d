using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Workshop.Cli;
using Workshop.Cli.Apps;
using Workshop.DeepLearning;
using Xunit.Abstractions;

namespace Workshop.Notebooks.Tests;

/// <summary>
/// Every notebook exported as a file-based app (`workshop export --apps`) runs with `dotnet run NN-name.cs`: it exits 0
/// and writes its charts as standalone HTML. New notebooks are picked up by name, as in <see cref="NotebookTests"/>.
/// </summary>
public partial class AppsTests(ITestOutputHelper output)
{
    static readonly string Folder = Path.Combine(KitRun.Root, "artifacts", "test-apps");
    static readonly Lazy<Dictionary<string, string>> Exported = new(() =>
    {
        var notebooks = KitRun.NotebookNames().Select(n => Path.Combine(RepoPaths.Notebooks(KitRun.Root), n));
        return AppExporter.Export(notebooks, Folder, KitRun.Root).ToDictionary(p => Path.GetFileNameWithoutExtension(p) + ".ipynb");
    });

    /// <summary>The first `dotnet run` of an app restores and compiles it (about half a minute on 2 cores); a lesson then runs as in the kernel.</summary>
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    public static TheoryData<string> Notebooks() => new(KitRun.NotebookNames());

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Runs_as_a_file_based_app_and_writes_its_charts(string notebook)
    {
        var app = Exported.Value[notebook];
        var name = Path.GetFileNameWithoutExtension(app);
        foreach (var old in Directory.GetFiles(Folder, $"{name}-chart-*.html")) File.Delete(old);

        // Started from another folder, as the header says it may be: the app still finds the kit and writes next to itself.
        var startedIn = Path.GetTempPath();
        var run = await RunAppAsync(app, startedIn);
        output.WriteLine($"{name}: exit {run.ExitCode} after {run.Elapsed.TotalSeconds:F1} s");
        Assert.True(run.ExitCode == 0, $"dotnet run {name}.cs exited {run.ExitCode}:\n{Tail(run.Output)}");

        var printed = ChartLine().Matches(run.Output).Select(m => Path.GetFullPath(m.Groups["path"].Value.Trim(), startedIn)).ToList();   // relative to where it was started
        var source = Notebook.Load(Path.Combine(RepoPaths.Notebooks(KitRun.Root), notebook));
        var drawsCharts = source.CodeCells.Skip(1).Any(c => c.Source.Contains("Chart", StringComparison.Ordinal));
        if (drawsCharts) Assert.True(printed.Count > 0, $"{name} draws charts in the notebook but the app saved none:\n{Tail(run.Output)}");
        Assert.All(printed, path =>
        {
            Assert.True(File.Exists(path), $"{name} printed {path} but did not write it");
            var html = File.ReadAllText(path);
            Assert.Contains("plotly.js v2.28.0", html);   // embedded: the page opens offline
            Assert.DoesNotContain("<script src=", html);
        });
    }

    /// <summary>
    /// What a script allows and a program does not, in one notebook made here: names declared again, a loop variable that
    /// reuses a top-level name (and a lambda that may), a type and a using in the middle, display handles that update, a chart as
    /// a last expression, a network and a ToTabularDataResource() table.
    /// </summary>
    [Fact]
    public async Task A_notebook_that_leans_on_script_rules_still_compiles_and_prints_what_the_kernel_shows()
    {
        var bootstrap = File.ReadAllText(RepoPaths.Bootstrap(KitRun.Root));
        string[] cells =
        [
            bootstrap,
            "var x = 2.0;\nvar xs = new[] { 1.0, 2.0, 3.0 };\nx",
            "foreach (var x in xs) Console.WriteLine($\"item {x}\");\nx * 10",
            "using System.Text;\nrecord Point(double X, double Y);\nvar p = new Point(x, 4);\np",
            "var x = \"redeclared\";\ndisplay(x);\nvar shown = display(\"training…\");\nshown.Update(\"trained\");",
            "var chart = Plotly.NET.CSharp.Chart.Line<double, double, string>(x: xs, y: xs);\nvar live = display(chart);\nlive.Update(chart);\nchart",
            "{ var answer = new StringBuilder().Append(x.Length).ToString(); Console.WriteLine(answer); }\nConsole.WriteLine(xs.Select(x => x * 2).Sum());\nnew[] { 1, 2, 3 }",
            "new Mlp(2, new[] { 3, 1 }, new Random(1))",
            "new[] { new { n = 1, name = \"one\" }, new { n = 22, name = \"two\" } }.ToTabularDataResource()",
        ];
        var name = "99-script-rules";
        var code = NotebookToApp.Convert(cells.Select(c => new NotebookCell("code", c)).ToList(), name, Path.GetRelativePath(Folder, KitRun.Root));
        Directory.CreateDirectory(Folder);
        var app = Path.Combine(Folder, name + ".cs");
        File.WriteAllText(app, code);
        foreach (var old in Directory.GetFiles(Folder, $"{name}-chart-*.html")) File.Delete(old);

        var run = await RunAppAsync(app);

        Assert.True(run.ExitCode == 0, $"the generated program failed ({run.ExitCode}):\n{Tail(run.Output)}\n--- program ---\n{code}");
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        string[] expected =
        [
            "2", "item 1", "item 2", "item 3", "20", "Point { X = 2, Y = 4 }", "redeclared", "training…", "trained",
            $"[chart] {name}-chart-1.html", $"[chart, cell 6] {name}-chart-2.html", "10", "12", "[1, 2, 3]",
        ];
        // The network shows as the kernel's table does: a caption, a header, one row per layer and the total.
        var table = new Mlp(2, new[] { 3, 1 }, new Random(1));
        expected = [.. expected, table.ToString(), "# Layer Output shape Parameters", "1 Layer 2→3 (Tanh) [3] 9", "2 Layer 3→1 (Identity) [1] 4", "Total 13"];
        // The kernel's ToTabularDataResource() table, as aligned text.
        expected = [.. expected, " n  name", "--  ----", " 1  one", "22  two"];
        Assert.Equal(expected, lines.Where(l => !l.StartsWith("warning", StringComparison.Ordinal) && !l.Contains(": warning ", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(Folder, $"{name}-chart-1.html")));
        Assert.True(File.Exists(Path.Combine(Folder, $"{name}-chart-2.html")));
    }

    sealed record AppRun(int ExitCode, string Output, TimeSpan Elapsed);

    static async Task<AppRun> RunAppAsync(string app, string? workingDirectory = null)
    {
        await KitRun.Prepare();   // the library is built once per test run; the app's #:project then finds it up to date
        var start = new ProcessStartInfo("dotnet", ["run", "--file", app])
        {
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var text = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (text) text.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (text) text.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new AppRun(-1, $"timed out after {Timeout.TotalMinutes} minutes\n{text}", watch.Elapsed);
        }
        process.WaitForExit();   // drains the output readers
        return new AppRun(process.ExitCode, text.ToString(), watch.Elapsed);
    }

    static string Tail(string text, int lines = 40) => string.Join('\n', text.Split('\n').TakeLast(lines));

    [GeneratedRegex(@"^\[chart[^\]]*\] (?<path>.+)$", RegexOptions.Multiline)]
    private static partial Regex ChartLine();
}
