using System.Text.Json.Nodes;
using Workshop.Cli.Editions;

namespace Workshop.Cli.Tests.Editions;

public class NotebookEditionTests
{
    static JsonObject Perceptron() => IpynbFile.Load(TestFolders.Fixture("Editions", "02-perceptron.ipynb"));

    static JsonObject Make(JsonObject source, Edition edition)
    {
        var problems = new List<string>();
        var made = NotebookEdition.Make(source, "02-perceptron.ipynb", edition, problems);
        Assert.Empty(problems);
        return made;
    }

    static List<JsonObject> Cells(JsonObject notebook) => ((JsonArray)notebook["cells"]!).OfType<JsonObject>().ToList();
    static string Source(JsonObject cell) => Notebook.SourceText(cell["source"]);

    /// <summary>The lines strictly between BEGIN and END of every block: the text that must never reach attendees.</summary>
    static List<string> SolutionLines(JsonObject notebook)
    {
        var result = new List<string>();
        foreach (var cell in Cells(notebook))
        {
            var inside = false;
            foreach (var line in Source(cell).Split('\n').Select(l => l.Trim()))
            {
                if (line.StartsWith("// BEGIN SOLUTION")) { inside = true; continue; }
                if (line.StartsWith("// END SOLUTION")) { inside = false; continue; }
                if (inside && line.Length > 0) result.Add(line);
            }
        }
        return result;
    }

    [Fact]
    public void Student_edition_contains_no_solution_and_no_mistake_text()
    {
        var source = Perceptron();
        var solution = SolutionLines(source);
        Assert.Equal(3, solution.Count);   // the fixture really has solutions to leak
        var student = Make(source, Edition.Student);
        var lines = Cells(student).SelectMany(c => Source(c).Split('\n')).Select(l => l.Trim()).ToList();
        foreach (var secret in solution) Assert.DoesNotContain(secret, lines);
        Assert.DoesNotContain(lines, l => l.Contains("MISTAKE") || l.Contains("BEGIN SOLUTION") || l.Contains("END SOLUTION"));
        Assert.DoesNotContain(lines, l => l.Contains("x.Zip(w, (xi, wi) => xi * wi).Sum()"));
    }

    [Fact]
    public void Student_edition_has_a_todo_and_a_throw_with_the_exercise_id_at_the_block_indentation()
    {
        var student = Cells(Make(Perceptron(), Edition.Student));
        var first = Source(student[4]);
        Assert.Contains("\n    // TODO: compute the weighted sum z for the three inputs x with weights w and bias w0\n    throw new NotImplementedException(\"Exercise 2.1\");\n}, expected:", first);
        var second = Source(student[6]);
        Assert.Contains("\n    // TODO: your code here\n    throw new NotImplementedException(\"Exercise 2.2\");\n}", second);
    }

    [Fact]
    public void Cells_without_exercises_are_unchanged_except_their_outputs()
    {
        var source = Perceptron();
        var student = Make(source, Edition.Student);
        var before = Cells(source);
        var after = Cells(student);
        Assert.Equal(before.Count, after.Count);
        foreach (var i in new[] { 0, 1, 2, 3, 5, 7 })
        {
            var expected = (JsonObject)before[i].DeepClone();
            if (expected.ContainsKey("outputs")) { expected["outputs"] = new JsonArray(); expected["execution_count"] = null; }
            Assert.True(JsonNode.DeepEquals(expected, after[i]), $"cell {i} changed: {after[i].ToJsonString()}");
            Assert.Equal(expected.Select(p => p.Key), after[i].Select(p => p.Key));   // key order kept
        }
        Assert.True(JsonNode.DeepEquals(source["metadata"], student["metadata"]));
        Assert.Equal(source.Select(p => p.Key), student.Select(p => p.Key));
    }

    [Fact]
    public void Every_output_is_cleared_and_no_cell_keeps_an_execution_count()
    {
        var source = Perceptron();
        Assert.Contains(Cells(source), c => c["outputs"] is JsonArray { Count: > 0 });
        foreach (var cell in Cells(Make(source, Edition.Student)).Where(c => (string?)c["cell_type"] == "code"))
        {
            Assert.Empty((JsonArray)cell["outputs"]!);
            Assert.Null(cell["execution_count"]);
            Assert.True(cell.ContainsKey("execution_count"));
        }
    }

    [Fact]
    public void The_source_notebook_object_is_not_modified()
    {
        var source = Perceptron();
        var copy = source.DeepClone();
        Make(source, Edition.Student);
        Make(source, Edition.Mistakes);
        Assert.True(JsonNode.DeepEquals(copy, source));
    }

    [Fact]
    public void Mistake_edition_puts_the_uncommented_mistake_where_the_solution_was()
    {
        var source = Perceptron();
        var mistakes = Cells(Make(source, Edition.Mistakes));
        Assert.Contains("{\n    return x.Zip(w, (xi, wi) => xi * wi).Sum();\n}, expected:", Source(mistakes[4]));
        Assert.Contains("{\n    return 1 / (1 + Math.Exp(0.5));\n}", Source(mistakes[6]));
        var lines = mistakes.SelectMany(c => Source(c).Split('\n')).Select(l => l.Trim()).ToList();
        foreach (var secret in SolutionLines(source)) Assert.DoesNotContain(secret, lines);
        Assert.DoesNotContain(lines, l => l.Contains("// MISTAKE") || l.Contains("SOLUTION"));
    }

    [Fact]
    public void Notebook_round_trips_byte_for_byte_in_jupyter_format()
    {
        foreach (var name in new[] { "02-perceptron.ipynb", "00-setup.ipynb" })
        {
            var path = TestFolders.Fixture("Editions", name);
            Assert.Equal(File.ReadAllText(path), IpynbFile.Serialize(IpynbFile.Load(path)));
        }
    }

    [Fact]
    public void Relative_references_are_rebased_and_package_references_kept()
    {
        var source = Perceptron();
        var made = NotebookEdition.Make(source, "02-perceptron.ipynb", Edition.Student, [], path => "../" + path);
        var bootstrap = Source(Cells(made)[1]);
        Assert.Contains("#r \"../../lib/Workshop.DeepLearning/bin/Debug/net10.0/Workshop.DeepLearning.dll\"", bootstrap);
        Assert.Contains("#r \"nuget: MathNet.Numerics, 5.0.0\"", bootstrap);
    }
}
