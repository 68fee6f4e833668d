using System.Globalization;
using System.Text;

namespace Workshop.Cli;

/// <summary>The table `workshop run` ends with: notebook, cells, seconds, slowest cell, result.</summary>
public static class RunSummary
{
    public static string Format(IReadOnlyList<NotebookResult> results)
    {
        var rows = new List<string[]> { new[] { "Notebook", "Cells", "Seconds", "Slowest cell", "Result" } };
        foreach (var r in results)
        {
            var slowest = r.SlowestCell is { } s ? string.Create(CultureInfo.InvariantCulture, $"#{s.Number} ({s.Elapsed.TotalSeconds:0.0} s)") : "-";
            rows.Add([
                r.Name,
                r.Cells.Count == r.CellCount ? r.CellCount.ToString(CultureInfo.InvariantCulture) : $"{r.Cells.Count}/{r.CellCount}",
                r.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
                slowest,
                Result(r),
            ]);
        }
        var widths = Enumerable.Range(0, 5).Select(c => rows.Max(row => row[c].Length)).ToArray();
        var text = new StringBuilder();
        for (var i = 0; i < rows.Count; i++)
        {
            text.AppendLine(string.Join("  ", rows[i].Select((cell, c) => c is 1 or 2 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
            if (i == 0) text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        }
        var failed = results.Count(r => !r.Succeeded);
        text.Append(failed == 0
            ? $"All {results.Count} notebook(s) ran."
            : $"{failed} of {results.Count} notebook(s) failed.");
        return text.ToString();
    }

    public static string Result(NotebookResult r) => r.Status switch
    {
        CellStatus.Succeeded => "ok",
        CellStatus.TimedOut => $"TIMEOUT at cell {r.FailedCell}",
        _ when r.FailedCell is null => "FAILED (kernel)",
        _ => $"FAILED at cell {r.FailedCell}",
    };

    /// <summary>What a failing notebook reports: the notebook, the cell number, the cell's first line and the kernel's error.</summary>
    public static string Failure(NotebookResult r)
    {
        var where = r.FailedCell is null ? r.Name : $"{r.Name}, cell {r.FailedCell} ({r.FailedCellFirstLine})";
        var error = (r.Error ?? "failed").Trim();
        // The kernel's error can carry a long stack trace; its first lines say what went wrong.
        var lines = error.Split('\n');
        var shown = string.Join("\n    ", lines.Take(6).Select(l => l.TrimEnd()));
        if (lines.Length > 6) shown += "\n    …";
        return $"FAILED {where}:\n    {shown}";
    }
}
