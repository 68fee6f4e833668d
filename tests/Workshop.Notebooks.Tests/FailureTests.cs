using Workshop.Cli;

namespace Workshop.Notebooks.Tests;

/// <summary>The fixtures (tests/fixtures, not notebooks/) prove that failures are reported and that a hung cell cannot hang CI.</summary>
public class FailureTests
{
    static async Task<(int Code, string Out, string Err)> Workshop(params string[] args)
    {
        await KitRun.Prepare();
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await WorkshopCommand.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task A_failing_cell_is_reported_by_number_first_line_and_error_the_next_notebook_still_runs_and_the_exit_code_is_not_zero()
    {
        var output = Path.Combine(KitRun.Output, "broken");
        var (code, stdout, stderr) = await Workshop("run", Path.Combine(KitRun.Fixtures, "broken.ipynb"), Path.Combine(KitRun.Fixtures, "compile-error.ipynb"),
            "--no-build", "--out", output);

        Assert.Equal(1, code);
        Assert.Contains("FAILED broken.ipynb, cell 2 (// this cell fails on purpose):", stderr);
        Assert.Contains("deliberate failure in the broken fixture", stderr);
        Assert.Contains("broken.ipynb: cell 1/3 ok", stdout);
        Assert.DoesNotContain("never reached", stdout);
        // A compile error is a failure too, with the compiler's message.
        Assert.Contains("FAILED compile-error.ipynb, cell 1 (int x = \"not a number\";):", stderr);
        Assert.Contains("CS0029", stderr);
        // The summary lists both notebooks.
        Assert.Matches(@"broken\.ipynb\s+2/3\s+[0-9.]+\s+#\d \([0-9.]+ s\)\s+FAILED at cell 2", stdout);
        Assert.Matches(@"compile-error\.ipynb\s+1\s+[0-9.]+\s+#1 \([0-9.]+ s\)\s+FAILED at cell 1", stdout);
        Assert.Contains("2 of 2 notebook(s) failed.", stdout);
        // The executed copy keeps the output of the cell that ran and the error of the one that failed.
        var copy = File.ReadAllText(Path.Combine(output, "broken.ipynb"));
        Assert.Contains("42", copy);
        Assert.Contains("deliberate failure in the broken fixture", copy);
    }

    [Fact]
    public async Task An_endless_loop_is_stopped_by_the_cell_timeout_and_a_long_cell_shows_it_is_alive()
    {
        var progress = new StringWriter();
        var output = Path.Combine(KitRun.Output, "endless-loop");
        await KitRun.Prepare();
        var result = await NotebookRunner.RunAsync(Notebook.Load(Path.Combine(KitRun.Fixtures, "endless-loop.ipynb")), KitRun.Root,
            new RunOptions(TimeSpan.FromSeconds(5), output, progress) { Heartbeat = TimeSpan.FromSeconds(1) });

        Assert.Equal(CellStatus.TimedOut, result.Status);
        Assert.Equal(1, result.FailedCell);
        Assert.Equal("TIMEOUT at cell 1", RunSummary.Result(result));
        Assert.Contains("endless-loop.ipynb, cell 1 (// never finishes", RunSummary.Failure(result));
        Assert.Contains("did not finish within 5 s", result.Error);
        Assert.Contains("endless-loop.ipynb: cell 1/2 still running", progress.ToString());
        Assert.DoesNotContain("never reached", progress.ToString());
        Assert.Contains("did not finish within 5 s", File.ReadAllText(Path.Combine(output, "endless-loop.ipynb")));
    }
}
