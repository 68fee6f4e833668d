using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Workshop.Cli.Editions;

/// <summary>
/// Makes the student (or mistake) edition of one notebook: only the solution blocks, the MISTAKE lines, the outputs and
/// relative <c>#r</c>/<c>#load</c> paths change; cells, metadata and key order stay as the source has them.
/// </summary>
public static partial class NotebookEdition
{
    [GeneratedRegex(@"^(\s*#(?:r|load)\s+"")([^""]+)("".*)$")] private static partial Regex ReferencePattern();

    /// <summary>
    /// Returns the edition of <paramref name="source"/> (which is left untouched). Marker problems are added to
    /// <paramref name="problems"/> as "name, code cell N (first line): problem"; the result is only meaningful when none were added.
    /// <paramref name="rebase"/> turns a relative path of the source folder into the same file seen from the output folder
    /// (null keeps paths as they are).
    /// </summary>
    public static JsonObject Make(JsonObject source, string name, Edition edition, List<string> problems, Func<string, string>? rebase = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(problems);
        var notebook = (JsonObject)source.DeepClone();
        if (notebook["cells"] is not JsonArray cells)
            throw new EditionException($"{name} is not a notebook: it has no \"cells\" list.");

        var codeCell = 0;
        foreach (var node in cells)
        {
            if (node is not JsonObject cell || (string?)cell["cell_type"] != "code") continue;
            codeCell++;
            var text = Notebook.SourceText(cell["source"]);
            var lines = text.Split('\n');
            var cellProblems = new List<string>();
            var exercise = SolutionMarkers.Read(lines, cellProblems);
            var where = $"{name}, code cell {codeCell} ({FirstLine(lines)})";
            problems.AddRange(cellProblems.Select(p => $"{where}: {p}"));

            var changed = Rewrite(lines, exercise, edition, rebase);
            if (changed != text)
                cell["source"] = cell["source"] is JsonValue ? JsonValue.Create(changed) : Notebook.ToLines(changed);
            // Replace, don't remove, so the keys keep their place; Jupyter writes null and [] for a cell never run.
            if (cell.ContainsKey("execution_count")) cell["execution_count"] = null;
            if (cell.ContainsKey("outputs")) cell["outputs"] = new JsonArray();
        }
        return notebook;
    }

    /// <summary>Counts the exercise cells of a notebook (for the command's summary line).</summary>
    public static int CountExercises(JsonObject notebook) =>
        notebook["cells"] is JsonArray cells
            ? cells.OfType<JsonObject>()
                .Where(c => (string?)c["cell_type"] == "code")
                .Count(c => SolutionMarkers.Read(Notebook.SourceText(c["source"]).Split('\n'), []).IsExercise)
            : 0;

    static string Rewrite(string[] lines, ExerciseCell exercise, Edition edition, Func<string, string>? rebase)
    {
        var output = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (exercise.MistakeLines.Contains(i)) continue;
            var block = exercise.Blocks.FirstOrDefault(b => b.Begin <= i && i <= b.End);
            if (block is not null)
            {
                if (i == block.Begin) output.AddRange(Replacement(block, exercise, edition));
                continue;
            }
            output.Add(rebase is null ? lines[i] : Rebase(lines[i], rebase));
        }
        return string.Join('\n', output);
    }

    static IEnumerable<string> Replacement(SolutionBlock block, ExerciseCell exercise, Edition edition) => edition switch
    {
        Edition.Student =>
        [
            $"{block.Indent}// TODO: {exercise.Task}",
            $"{block.Indent}throw new NotImplementedException(\"Exercise {exercise.Id}\");",
        ],
        _ => block.Mistakes.Select(m => block.Indent + m),
    };

    /// <summary><c>#r "../lib/…dll"</c> is relative to the notebook's folder; an edition written elsewhere must still find the file.</summary>
    static string Rebase(string line, Func<string, string> rebase)
    {
        var match = ReferencePattern().Match(line);
        if (!match.Success) return line;
        var path = match.Groups[2].Value;
        if (path.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase) || Path.IsPathRooted(path) || path.Contains("://"))
            return line;
        return match.Groups[1].Value + rebase(path) + match.Groups[3].Value;
    }

    static string FirstLine(string[] lines)
    {
        var first = lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "(empty cell)";
        return first.Length <= 60 ? first : first[..59] + "…";
    }
}
