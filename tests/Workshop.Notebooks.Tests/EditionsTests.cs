using System.Text.Json;
using System.Text.Json.Nodes;
using Workshop.Cli;
using Workshop.Cli.Editions;

namespace Workshop.Notebooks.Tests;

/// <summary>
/// The editions of every notebook in the real kernel. The instructor's run (shared with <see cref="NotebookTests"/>)
/// must say ✓ for every exercise. One more run per notebook, of a "practice" copy in which every exercise cell appears
/// twice, first as the student edition has it and then as the mistake edition has it, proves three things at once:
/// every other cell runs in the student edition and each check says "not done yet"; each check explains a typical
/// mistake with its hint; and the notebook gives the same numbers when run again (its other cells are run twice, in
/// two fresh kernels). One extra run instead of three keeps CI inside its time.
/// </summary>
public class EditionsTests
{
    /// <summary>The first line of a cell whose printed timings differ between runs; the determinism check skips it.</summary>
    public const string TimingMarker = "// timing: varies between runs";

    public static TheoryData<string> Notebooks() => new(KitRun.NotebookNames());

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Instructor_edition_solutions_are_accepted(string notebook)
    {
        var result = await KitRun.FirstRunAsync(notebook);
        Assert.True(result.Succeeded, RunSummary.Failure(result));
        foreach (var (cell, id) in Exercises(SourcePath(notebook)))
            Assert.Contains($"✓ Exercise {id}: correct", Printed(result, cell));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Student_and_mistake_editions_run_and_explain_and_the_numbers_repeat(string notebook)
    {
        var (practicePath, plan) = WritePractice(notebook);
        var practice = await KitRun.RunAsync(practicePath, "practice-run");
        Assert.True(practice.Succeeded, RunSummary.Failure(practice));
        Assert.Equal(practice.CellCount, practice.Cells.Count);

        var first = await KitRun.FirstRunAsync(notebook);
        Assert.True(first.Succeeded, RunSummary.Failure(first));
        var source = Notebook.Load(SourcePath(notebook));
        foreach (var step in plan)
        {
            var printed = Printed(practice, step.PracticeCell);
            switch (step.Kind)
            {
                case PlanKind.Student:
                    Assert.Contains($"… Exercise {step.Id}: not done yet", printed);
                    break;
                case PlanKind.Mistake:
                    Assert.Contains($"✗ Exercise {step.Id}: ", printed);
                    Assert.Contains(". Hint: ", printed);
                    Assert.DoesNotContain("your code stopped with", printed);   // a wrong answer, not a crash
                    break;
                case PlanKind.Same when !source.CodeCells[step.SourceCell - 1].Source.TrimStart().StartsWith(TimingMarker, StringComparison.Ordinal):
                    Assert.True(TextOutputs(first, step.SourceCell).SequenceEqual(TextOutputs(practice, step.PracticeCell)),
                        $"{notebook} code cell {step.SourceCell} printed different text in a second run; seed its randomness " +
                        $"(or mark a timing cell with '{TimingMarker}').\nfirst: {string.Join(" | ", TextOutputs(first, step.SourceCell))}\n" +
                        $"again: {string.Join(" | ", TextOutputs(practice, step.PracticeCell))}");
                    break;
            }
        }
    }

    enum PlanKind { Same, Student, Mistake }

    /// <summary>Where each code cell of the practice copy came from: a source cell as it is, or an exercise's student or mistake form.</summary>
    sealed record PlanStep(int PracticeCell, int SourceCell, PlanKind Kind, string? Id);

    static string SourcePath(string notebook) => Path.Combine(RepoPaths.Notebooks(KitRun.Root), notebook);

    static (string Path, List<PlanStep> Plan) WritePractice(string notebook)
    {
        var folder = Path.Combine(KitRun.Output, "editions", "practice");
        Directory.CreateDirectory(folder);
        var json = JsonNode.Parse(File.ReadAllText(SourcePath(notebook)))!.AsObject();
        string Rebase(string relative) => EditionWriter.RebasePath(relative, RepoPaths.Notebooks(KitRun.Root), folder);
        var problems = new List<string>();
        var student = NotebookEdition.Make(json, notebook, Edition.Student, problems, Rebase);
        var mistakes = NotebookEdition.Make(json, notebook, Edition.Mistakes, problems, Rebase);
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        var exercises = Exercises(SourcePath(notebook)).ToDictionary(e => e.Cell, e => e.Id);
        var cells = new JsonArray();
        var plan = new List<PlanStep>();
        int sourceCode = 0, practiceCode = 0;
        var studentCells = student["cells"]!.AsArray();
        var mistakeCells = mistakes["cells"]!.AsArray();
        for (int i = 0; i < studentCells.Count; i++)
        {
            var cell = studentCells[i]!;
            if ((string?)cell["cell_type"] != "code") { cells.Add(cell.DeepClone()); continue; }
            sourceCode++;
            if (exercises.TryGetValue(sourceCode, out var id))
            {
                cells.Add(cell.DeepClone());
                plan.Add(new PlanStep(++practiceCode, sourceCode, PlanKind.Student, id));
                var mistake = mistakeCells[i]!.DeepClone();
                mistake["id"] = (string?)mistake["id"] + "-mistake";
                cells.Add(mistake);
                plan.Add(new PlanStep(++practiceCode, sourceCode, PlanKind.Mistake, id));
            }
            else
            {
                cells.Add(cell.DeepClone());
                plan.Add(new PlanStep(++practiceCode, sourceCode, PlanKind.Same, null));
            }
        }
        student["cells"] = cells;
        var path = Path.Combine(folder, notebook);
        File.WriteAllText(path, student.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return (path, plan);
    }

    /// <summary>The exercise cells of a notebook: code cell number (1-based) and exercise id.</summary>
    static List<(int Cell, string Id)> Exercises(string path) =>
        Notebook.Load(path).CodeCells
            .Select(c => (c.Number, Marks: SolutionMarkers.Read(c.Source.Split('\n'), [])))
            .Where(c => c.Marks.IsExercise)
            .Select(c => (c.Number, c.Marks.Id!))
            .ToList();

    static string Printed(NotebookResult result, int cell) =>
        string.Concat(result.Cells[cell - 1].Outputs.Where(o => o.Kind == OutputKind.Stdout).Select(o => o.Values.GetValueOrDefault("text/plain") ?? ""));

    /// <summary>What a reader sees as text in one cell; chart HTML carries a fresh element id each run, so it is left out.</summary>
    static List<string> TextOutputs(NotebookResult result, int cell) =>
        result.Cells[cell - 1].Outputs
            .Where(o => o.Kind is OutputKind.Stdout or OutputKind.Stderr || o.Values.ContainsKey("text/plain"))
            .Select(o => o.Values.GetValueOrDefault("text/plain") ?? "")
            .ToList();
}
