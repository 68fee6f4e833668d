using Workshop.Cli;

namespace Workshop.Cli.Tests;

public class FormattingTests
{
    static CellResult Cell(double seconds, CellStatus status = CellStatus.Succeeded) =>
        new(status, [], status == CellStatus.Succeeded ? null : "System.Exception: boom\n   at Submission#3", TimeSpan.FromSeconds(seconds));

    static NotebookResult Result(string name, CellStatus status, int cellCount, params CellResult[] cells) =>
        new(name, cellCount, cells, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(cells.Sum(c => c.Elapsed.TotalSeconds) + 3), status,
            status == CellStatus.Succeeded ? null : cells.Length, status == CellStatus.Succeeded ? null : "throw new Exception(\"boom\");",
            status == CellStatus.Succeeded ? null : cells[^1].Error, "out.ipynb");

    [Fact]
    public void The_summary_table_has_a_row_per_notebook_with_cells_seconds_slowest_cell_and_result()
    {
        var table = RunSummary.Format([
            Result("00-setup.ipynb", CellStatus.Succeeded, 3, Cell(1), Cell(4.5), Cell(0.5)),
            Result("01-perceptron.ipynb", CellStatus.Failed, 5, Cell(1), Cell(2, CellStatus.Failed)),
            Result("02-loop.ipynb", CellStatus.TimedOut, 2, Cell(5, CellStatus.TimedOut)),
        ]).Split(Environment.NewLine);

        Assert.Equal(["Notebook", "Cells", "Seconds", "Slowest", "cell", "Result"], table[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["00-setup.ipynb", "3", "9.0", "#2", "(4.5", "s)", "ok"], table[2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("2/5", table[3]);
        Assert.EndsWith("FAILED at cell 2", table[3]);
        Assert.EndsWith("TIMEOUT at cell 1", table[4]);
        Assert.Equal("2 of 3 notebook(s) failed.", table[^1]);
        // Columns line up: every row's result starts where the header's does.
        var column = table[0].IndexOf("Result", StringComparison.Ordinal);
        Assert.All(table[2..5], row => Assert.NotEqual(' ', row[column]));
    }

    [Fact]
    public void A_failure_names_the_notebook_the_cell_its_first_line_and_the_error()
    {
        var failure = RunSummary.Failure(Result("01.ipynb", CellStatus.Failed, 4, Cell(1), Cell(1, CellStatus.Failed)));
        Assert.StartsWith("FAILED 01.ipynb, cell 2 (throw new Exception(\"boom\");):", failure);
        Assert.Contains("System.Exception: boom", failure);
    }

    [Fact]
    public void Progress_says_notebook_cell_n_of_total_status_and_time()
    {
        var cell = new CodeCell(3, 5, "\n  var x = 1;\nx", "csharp");
        var line = NotebookRunner.ProgressLine("00-setup.ipynb", cell, 9, Cell(1.5), TimeSpan.FromSeconds(12.5));
        Assert.StartsWith("00-setup.ipynb: cell 3/9 ok", line);
        Assert.Contains("1.5 s", line);
        Assert.Contains("elapsed 12.5 s", line);
        Assert.EndsWith("var x = 1;", line);
    }

    [Fact]
    public void Long_first_lines_are_shortened()
    {
        Assert.Equal("abcd…", NotebookRunner.Shorten("abcdefgh", 5));
        Assert.Equal("abc", NotebookRunner.Shorten("abc", 5));
    }
}
