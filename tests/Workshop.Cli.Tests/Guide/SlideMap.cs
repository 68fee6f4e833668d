using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Workshop.Cli.Tests.Guide;

/// <summary>One row of the guide's slide map: slide id, notebook file and the heading of the section that teaches it.</summary>
public sealed record SlideMapRow(int Line, string Slide, string Notebook, string Heading);

/// <summary>
/// Checks docs/instructor-guide.md against docs/slides.md and notebooks/: every slide id has a row, and every row points
/// at a notebook that exists and a heading that occurs in that notebook's markdown cells.
/// </summary>
public static partial class SlideMap
{
    [GeneratedRegex(@"^\|\s*(S\d{2})\s*\|")] private static partial Regex SlideRow();
    [GeneratedRegex(@"^\|\s*(S\d{2})\s*\|[^|]*\|\s*([^|\s]+\.ipynb)\s*\|\s*(#{1,6}\s+[^|]*?)\s*\|\s*$")] private static partial Regex MapRow();

    /// <summary>The slide ids in docs/slides.md, in order.</summary>
    public static IReadOnlyList<string> SlideIds(string slidesMarkdown) =>
        slidesMarkdown.Split('\n').Select(l => SlideRow().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The rows of the "## Slide map" section; a row that starts with a slide id but is not in the form is a problem.</summary>
    public static IReadOnlyList<SlideMapRow> Rows(string guideMarkdown, List<string> problems)
    {
        var rows = new List<SlideMapRow>();
        var lines = guideMarkdown.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() == "## Slide map");
        if (start < 0)
        {
            problems.Add("the guide has no \"## Slide map\" section");
            return rows;
        }
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (!SlideRow().IsMatch(line)) continue;
            var m = MapRow().Match(line);
            if (m.Success) rows.Add(new SlideMapRow(i + 1, m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value.Trim()));
            else problems.Add($"guide line {i + 1} is not in the form | S12 | title | 02-perceptron.ipynb | ## heading |: {line}");
        }
        return rows;
    }

    /// <summary>Every problem of the map, as sentences; empty when the guide is right.</summary>
    public static IReadOnlyList<string> Problems(string root)
    {
        var problems = new List<string>();
        var slides = SlideIds(File.ReadAllText(Path.Combine(root, "docs", "slides.md")));
        if (slides.Count == 0) problems.Add("docs/slides.md lists no slide ids");
        var rows = Rows(File.ReadAllText(Path.Combine(root, "docs", "instructor-guide.md")), problems);

        foreach (var slide in slides.Where(s => rows.All(r => r.Slide != s)))
            problems.Add($"{slide} has no row in the guide's slide map");
        foreach (var row in rows.Where(r => !slides.Contains(r.Slide)))
            problems.Add($"guide line {row.Line}: {row.Slide} is not a slide id in docs/slides.md");

        var headings = new Dictionary<string, HashSet<string>?>();
        foreach (var row in rows)
        {
            if (!headings.TryGetValue(row.Notebook, out var known))
                headings[row.Notebook] = known = Headings(Path.Combine(root, "notebooks", row.Notebook));
            if (known is null)
                problems.Add($"guide line {row.Line}: {row.Slide} points at notebooks/{row.Notebook}, which does not exist");
            else if (!known.Contains(row.Heading))
                problems.Add($"guide line {row.Line}: {row.Slide} points at \"{row.Heading}\", which is not a heading in {row.Notebook}");
        }
        return problems;
    }

    /// <summary>The heading lines of a notebook's markdown cells, or null when there is no such notebook.</summary>
    public static HashSet<string>? Headings(string notebookPath)
    {
        if (!File.Exists(notebookPath)) return null;
        var cells = JsonNode.Parse(File.ReadAllText(notebookPath))?["cells"] as JsonArray ?? [];
        return cells.OfType<JsonObject>()
            .Where(c => (string?)c["cell_type"] == "markdown")
            .SelectMany(c => Workshop.Cli.Notebook.SourceText(c["source"]).Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith('#'))
            .ToHashSet();
    }
}
