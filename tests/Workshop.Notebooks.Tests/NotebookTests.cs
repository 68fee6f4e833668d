using Workshop.Cli;

namespace Workshop.Notebooks.Tests;

/// <summary>Every notebook under notebooks/ runs top to bottom in the real kernel; new notebooks are picked up by name.</summary>
public class NotebookTests
{
    public static TheoryData<string> Notebooks() => new(KitRun.NotebookNames());

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Runs_top_to_bottom_without_an_error(string notebook)
    {
        var result = await KitRun.FirstRunAsync(notebook);
        Assert.True(result.Succeeded, RunSummary.Failure(result));
        Assert.Equal(result.CellCount, result.Cells.Count);
        Assert.True(File.Exists(result.ExecutedCopyPath));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Charts_embed_plotly_js_and_load_nothing_from_the_internet(string notebook)
    {
        var source = Notebook.Load(Path.Combine(RepoPaths.Notebooks(KitRun.Root), notebook));
        var drawsCharts = source.CodeCells.Skip(1).Any(c => c.Source.Contains("Chart.", StringComparison.Ordinal));
        var result = await KitRun.FirstRunAsync(notebook);
        var charts = result.Cells.SelectMany(c => c.Outputs)
            .Select(o => o.Values.GetValueOrDefault("text/html"))
            .Where(html => html is not null && html.Contains("Plotly.newPlot", StringComparison.Ordinal))
            .ToList();

        if (drawsCharts) Assert.NotEmpty(charts);
        Assert.All(charts, html =>
        {
            Assert.Contains("plotly.js v2.28.0", html);   // the plotly.js Plotly.NET 6.0.0 carries
            Assert.DoesNotContain("cdn.plot.ly/plotly", html);
            Assert.DoesNotContain("require.min.js", html);
            Assert.DoesNotContain("<script src=", html);
        });
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Starts_with_the_bootstrap(string notebook)
    {
        var bootstrap = File.ReadAllText(RepoPaths.Bootstrap(KitRun.Root)).TrimEnd();
        var first = Notebook.Load(Path.Combine(RepoPaths.Notebooks(KitRun.Root), notebook)).CodeCells.FirstOrDefault();
        Assert.True(first is not null && first.Source.TrimEnd() == bootstrap,
            $"{notebook}: the first code cell must be exactly notebooks/bootstrap.csx (copy it from there).");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Is_committed_without_outputs_and_with_the_csharp_kernel(string notebook)
    {
        var source = Notebook.Load(Path.Combine(RepoPaths.Notebooks(KitRun.Root), notebook));
        Assert.Equal(".net-csharp", (string?)source.Json["metadata"]?["kernelspec"]?["name"]);
        Assert.Equal("C#", (string?)source.Json["metadata"]?["language_info"]?["name"]);
        Assert.Equal("csharp", (string?)source.Json["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]);
        // nbformat 4.5 wants an id on every cell; Jupyter warns without one and will refuse the file later.
        Assert.All(source.Json["cells"]!.AsArray(), cell => Assert.False(string.IsNullOrEmpty((string?)cell!["id"]), $"{notebook} has a cell without an id."));
        foreach (var cell in source.CodeCells)
            Assert.True(source.Json["cells"]![cell.Index]!["outputs"]?.AsArray().Count is null or 0, $"{notebook} cell {cell.Number} has committed outputs; clear them.");
    }

    [Fact]
    public void There_is_a_setup_notebook() => Assert.Contains("00-setup.ipynb", KitRun.NotebookNames());

    [Fact]
    public async Task Setup_ends_with_ready()
    {
        // That every notebook gives the same numbers when run again is checked by EditionsTests' second run.
        var first = await KitRun.FirstRunAsync("00-setup.ipynb");
        Assert.Contains(TextOutputs(first), t => t.Contains("READY", StringComparison.Ordinal));
    }

    /// <summary>What a reader sees as text (stdout and plain-text values); chart HTML carries a fresh element id each run, so it is left out.</summary>
    static List<string> TextOutputs(NotebookResult result) =>
        result.Cells.SelectMany(c => c.Outputs)
            .Where(o => o.Kind is OutputKind.Stdout or OutputKind.Stderr || o.Values.ContainsKey("text/plain"))
            .Select(o => o.Values.GetValueOrDefault("text/plain") ?? "")
            .ToList();
}
