using System.Text.Json.Nodes;
using Workshop.Cli;

namespace Workshop.Cli.Tests;

public class NotebookTests
{
    static readonly string Root = RepoPaths.Root(AppContext.BaseDirectory);
    static readonly string Fixtures = Path.Combine(Root, "tests", "fixtures");

    [Fact]
    public void Code_cells_are_numbered_as_people_count_them_and_markdown_is_skipped()
    {
        var notebook = Notebook.Load(Path.Combine(Fixtures, "broken.ipynb"));
        Assert.Equal([1, 2, 3], notebook.CodeCells.Select(c => c.Number));
        Assert.Equal([1, 2, 3], notebook.CodeCells.Select(c => c.Index));
        Assert.Equal("// this cell fails on purpose", notebook.CodeCells[1].FirstLine);
        Assert.All(notebook.CodeCells, c => Assert.Equal("csharp", c.KernelName));
    }

    [Fact]
    public void A_folder_gives_its_notebooks_in_name_order()
    {
        var folder = Directory.CreateTempSubdirectory("workshop-folder-");
        try
        {
            foreach (var name in new[] { "endless-loop.ipynb", "broken.ipynb", "compile-error.ipynb" })
                File.Copy(Path.Combine(Fixtures, name), Path.Combine(folder.FullName, name));
            File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "not a notebook, not picked up");
            Assert.Equal(["broken.ipynb", "compile-error.ipynb", "endless-loop.ipynb"], RunVerb.Discover([folder.FullName]).Select(n => n.Name));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Source_lines_round_trip_the_way_jupyter_stores_them()
    {
        var lines = Notebook.ToLines("a\nb\n\nc");
        Assert.Equal(["a\n", "b\n", "\n", "c"], lines.Select(l => (string?)l));
        Assert.Equal("a\nb\n\nc", Notebook.SourceText(lines));
        Assert.Equal("x", Notebook.SourceText(JsonValue.Create("x")));
    }

    [Fact]
    public void The_executed_copy_has_outputs_and_the_source_is_untouched()
    {
        var path = Path.Combine(Fixtures, "broken.ipynb");
        var before = File.ReadAllText(path);
        var notebook = Notebook.Load(path);
        var results = new List<CellResult>
        {
            new(CellStatus.Succeeded, [
                new CellOutput(OutputKind.Stdout, new Dictionary<string, string> { ["text/plain"] = "42\n" }),
                new CellOutput(OutputKind.Stdout, new Dictionary<string, string> { ["text/plain"] = "43\n" }),
                new CellOutput(OutputKind.Result, new Dictionary<string, string> { ["text/html"] = "<b>42</b>" }),
            ], null, TimeSpan.FromSeconds(1)),
            new(CellStatus.Failed, [new CellOutput(OutputKind.Error, new Dictionary<string, string> { ["text/plain"] = "boom" })], "boom", TimeSpan.FromSeconds(1)),
        };

        var copy = JsonNode.Parse(NotebookRunner.ExecutedCopy(notebook, results))!;

        Assert.Equal(before, File.ReadAllText(path));
        var cells = copy["cells"]!.AsArray();
        var first = cells[1]!["outputs"]!.AsArray();
        Assert.Equal(2, first.Count);   // the two stdout writes become one stream, as in Jupyter
        Assert.Equal("42\n43\n", Notebook.SourceText(first[0]!["text"]));
        Assert.Equal("execute_result", (string?)first[1]!["output_type"]);
        Assert.Equal("<b>42</b>", Notebook.SourceText(first[1]!["data"]!["text/html"]));
        Assert.Equal("error", (string?)cells[2]!["outputs"]![0]!["output_type"]);
        Assert.Equal("boom", (string?)cells[2]!["outputs"]![0]!["evalue"]);
        Assert.Empty(cells[3]!["outputs"]!.AsArray());
        Assert.Null(cells[3]!["execution_count"]);
        Assert.Equal(4, (int?)copy["nbformat"]);
    }

    [Fact]
    public void Run_arguments_paths_timeout_output_and_no_build()
    {
        var parsed = RunVerb.Parse(["a.ipynb", "--timeout", "2.5", "notebooks", "--out", "x", "--no-build"]);
        Assert.Equal(["a.ipynb", "notebooks"], parsed.Paths);
        Assert.Equal(TimeSpan.FromSeconds(2.5), parsed.Timeout);
        Assert.Equal("x", parsed.OutputDirectory);
        Assert.False(parsed.Build);

        var defaults = RunVerb.Parse([]);
        Assert.Empty(defaults.Paths);
        Assert.Equal(TimeSpan.FromSeconds(120), defaults.Timeout);
        Assert.Null(defaults.OutputDirectory);
        Assert.True(defaults.Build);
    }
}
