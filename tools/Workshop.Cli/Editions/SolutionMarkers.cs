using System.Text.RegularExpressions;

namespace Workshop.Cli.Editions;

/// <summary>One <c>// BEGIN SOLUTION … // END SOLUTION</c> block of a code cell (0-based line numbers of the two markers).</summary>
public sealed record SolutionBlock(int Begin, int End, string Indent, IReadOnlyList<string> Mistakes);

/// <summary>What the markers of one code cell say: the exercise id and task, its solution blocks and its MISTAKE lines.</summary>
public sealed record ExerciseCell(string? Id, string Task, IReadOnlyList<SolutionBlock> Blocks, IReadOnlySet<int> MistakeLines)
{
    public bool IsExercise => Blocks.Count > 0;
}

/// <summary>
/// Reads the solution markers the notebooks use (see NOTEBOOKS.md): a solution sits between <c>// BEGIN SOLUTION</c> and
/// <c>// END SOLUTION</c>; <c>// MISTAKE:</c> lines after it hold a typical wrong answer; the cell names its exercise with
/// <c>// Exercise N.M: task</c> and <c>Check.Exercise("N.M", …)</c>.
/// </summary>
public static partial class SolutionMarkers
{
    public const string DefaultTask = "your code here";

    [GeneratedRegex(@"^\s*//\s*BEGIN SOLUTION\b")] private static partial Regex BeginPattern();
    [GeneratedRegex(@"^\s*//\s*END SOLUTION\b")] private static partial Regex EndPattern();
    [GeneratedRegex(@"^\s*//\s*MISTAKE:\s?(.*?)\r?$")] private static partial Regex MistakePattern();
    [GeneratedRegex(@"^\s*//\s*Exercise\s+(\d+\.\d+)\b[\s:.—–-]*(.*?)\s*\r?$")] private static partial Regex CommentIdPattern();
    [GeneratedRegex(@"Check\.Exercise\s*(?:<[^>]*>)?\s*\(\s*""([^""]+)""")] private static partial Regex CheckIdPattern();

    public static bool IsMistake(string line) => MistakePattern().IsMatch(line);

    /// <summary>
    /// Reads the markers of one cell's lines. Each problem (a missing END, an END without BEGIN, a nested BEGIN, a block
    /// without a MISTAKE line, an exercise without an id) is added to <paramref name="problems"/> as a sentence.
    /// </summary>
    public static ExerciseCell Read(IReadOnlyList<string> lines, List<string> problems)
    {
        var blocks = new List<(int Begin, int End, string Indent)>();
        var mistakeLines = new SortedSet<int>();
        int? open = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (BeginPattern().IsMatch(line))
            {
                if (open is { } outer)
                    problems.Add($"BEGIN SOLUTION on line {i + 1} is inside the block opened on line {outer + 1}; blocks cannot nest (is an END SOLUTION missing?)");
                else
                    open = i;
            }
            else if (EndPattern().IsMatch(line))
            {
                if (open is { } begin)
                {
                    blocks.Add((begin, i, Indentation(lines[begin])));
                    open = null;
                }
                else
                {
                    problems.Add($"END SOLUTION on line {i + 1} has no BEGIN SOLUTION before it");
                }
            }
            else if (IsMistake(line))
            {
                mistakeLines.Add(i);
            }
        }
        if (open is { } unclosed)
            problems.Add($"BEGIN SOLUTION on line {unclosed + 1} has no END SOLUTION");

        var (id, task) = Identify(lines, blocks.Count > 0, problems);

        // A MISTAKE line belongs to the nearest block that opens before it (the convention puts it right after END).
        var mistakes = blocks.Select(_ => new List<string>()).ToList();
        foreach (var m in mistakeLines)
        {
            if (blocks.Count == 0)
            {
                problems.Add($"// MISTAKE: on line {m + 1} is not part of an exercise (this cell has no BEGIN SOLUTION … END SOLUTION block)");
                continue;
            }
            var owner = blocks.FindLastIndex(b => b.Begin < m);
            mistakes[Math.Max(owner, 0)].Add(MistakePattern().Match(lines[m]).Groups[1].Value);
        }
        for (var b = 0; b < blocks.Count; b++)
            if (mistakes[b].Count == 0)
                problems.Add($"the solution block on lines {blocks[b].Begin + 1}–{blocks[b].End + 1} has no // MISTAKE: line; every exercise carries a typical wrong answer so the tests can check its feedback");

        return new ExerciseCell(id, task,
            blocks.Select((b, i) => new SolutionBlock(b.Begin, b.End, b.Indent, mistakes[i])).ToList(),
            mistakeLines);
    }

    /// <summary>The exercise id from <c>Check.Exercise("N.M"</c> or the <c>// Exercise N.M</c> comment, and the task that comment states.</summary>
    static (string? Id, string Task) Identify(IReadOnlyList<string> lines, bool hasBlocks, List<string> problems)
    {
        string? commentId = null, checkId = null, task = null;
        foreach (var line in lines)
        {
            if (commentId is null && CommentIdPattern().Match(line) is { Success: true } c)
            {
                commentId = c.Groups[1].Value;
                task = c.Groups[2].Value;
            }
            if (checkId is null && CheckIdPattern().Match(line) is { Success: true } k)
                checkId = k.Groups[1].Value;
        }
        if (!hasBlocks) return (checkId ?? commentId, DefaultTask);
        if (commentId is not null && checkId is not null && commentId != checkId)
            problems.Add($"the comment says Exercise {commentId} but the check says Check.Exercise(\"{checkId}\", …); use one id");
        var id = checkId ?? commentId;
        if (id is null)
            problems.Add("this cell has a solution block but no exercise id; add `// Exercise N.M: <task>` or `Check.Exercise(\"N.M\", …)`");
        return (id, string.IsNullOrWhiteSpace(task) ? DefaultTask : task);
    }

    static string Indentation(string line) => line[..(line.Length - line.TrimStart().Length)];
}
