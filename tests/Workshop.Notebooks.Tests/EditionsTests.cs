using Workshop.Cli;
using Workshop.Cli.Editions;

namespace Workshop.Notebooks.Tests;

/// <summary>
/// The three editions of every notebook in the real kernel: the instructor's (every check says ✓), the student edition
/// (every other cell runs; every check says "not done yet") and the mistake edition (every check says ✗ with the hint).
/// </summary>
public class EditionsTests
{
    static readonly Lazy<string> StudentFolder = new(() => Write(Edition.Student, "student"));
    static readonly Lazy<string> MistakeFolder = new(() => Write(Edition.Mistakes, "mistakes"));

    // Written outside notebooks/ like `workshop student` does; the editions' #r paths are rebased to reach lib/ from there.
    static string Write(Edition edition, string name)
    {
        var folder = Path.Combine(KitRun.Output, "editions", name);
        EditionWriter.Write(RepoPaths.Notebooks(KitRun.Root), folder, edition, replaceChanged: true);
        return folder;
    }

    public static TheoryData<string> Notebooks() => new(KitRun.NotebookNames());

    /// <summary>The exercise cells of a source notebook: code cell number (1-based) and exercise id.</summary>
    static List<(int Cell, string Id)> Exercises(string notebook) =>
        Notebook.Load(Path.Combine(RepoPaths.Notebooks(KitRun.Root), notebook)).CodeCells
            .Select(c => (c.Number, Marks: SolutionMarkers.Read(c.Source.Split('\n'), [])))
            .Where(c => c.Marks.IsExercise)
            .Select(c => (c.Number, c.Marks.Id!))
            .ToList();

    static string Printed(NotebookResult result, int cell) =>
        string.Concat(result.Cells[cell - 1].Outputs.Where(o => o.Kind == OutputKind.Stdout).Select(o => o.Values.GetValueOrDefault("text/plain") ?? ""));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Instructor_edition_solutions_are_accepted(string notebook)
    {
        var result = await KitRun.FirstRunAsync(notebook);
        Assert.True(result.Succeeded, RunSummary.Failure(result));
        foreach (var (cell, id) in Exercises(notebook))
            Assert.Contains($"✓ Exercise {id}: correct", Printed(result, cell));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Student_edition_runs_and_every_check_says_not_done_yet(string notebook)
    {
        var result = await KitRun.RunAsync(Path.Combine(StudentFolder.Value, notebook), "student-run");
        Assert.True(result.Succeeded, RunSummary.Failure(result));
        Assert.Equal(result.CellCount, result.Cells.Count);
        foreach (var (cell, id) in Exercises(notebook))
            Assert.Contains($"… Exercise {id}: not done yet", Printed(result, cell));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Mistake_edition_checks_explain_what_is_wrong_with_the_hint(string notebook)
    {
        var result = await KitRun.RunAsync(Path.Combine(MistakeFolder.Value, notebook), "mistakes-run");
        Assert.True(result.Succeeded, RunSummary.Failure(result));
        foreach (var (cell, id) in Exercises(notebook))
        {
            var printed = Printed(result, cell);
            Assert.Contains($"✗ Exercise {id}: ", printed);
            Assert.Contains(". Hint: ", printed);
            Assert.DoesNotContain("your code stopped with", printed);   // the mistake must be a wrong answer, not a crash
        }
    }
}
