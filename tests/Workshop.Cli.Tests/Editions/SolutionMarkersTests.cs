using Workshop.Cli.Editions;

namespace Workshop.Cli.Tests.Editions;

public class SolutionMarkersTests
{
    static (ExerciseCell Cell, List<string> Problems) Read(string source)
    {
        var problems = new List<string>();
        return (SolutionMarkers.Read(source.Split('\n'), problems), problems);
    }

    const string Good = """
        // Exercise 4.2: the number of weights in a 3→5 dense layer
        Check.Exercise("4.2", () =>
        {
            // BEGIN SOLUTION
            return 3 * 5 + 5;
            // END SOLUTION
            // MISTAKE: return 3 * 5;
        }, expected: 20, hint: "every neuron has a bias too");
        """;

    [Fact]
    public void A_well_formed_exercise_gives_its_id_task_block_and_mistake()
    {
        var (cell, problems) = Read(Good);
        Assert.Empty(problems);
        Assert.Equal("4.2", cell.Id);
        Assert.Equal("the number of weights in a 3→5 dense layer", cell.Task);
        var block = Assert.Single(cell.Blocks);
        Assert.Equal((3, 5, "    "), (block.Begin, block.End, block.Indent));
        Assert.Equal(["return 3 * 5;"], block.Mistakes);
    }

    [Fact]
    public void The_id_can_come_from_the_comment_alone()
    {
        var (cell, problems) = Read("// Exercise 7.1: chain rule\n// BEGIN SOLUTION\nvar g = 2;\n// END SOLUTION\n// MISTAKE: var g = 1;\nCheck.Exercise(id, () => g, 2, \"h\");");
        Assert.Empty(problems);
        Assert.Equal("7.1", cell.Id);
    }

    [Theory]
    [InlineData("// Exercise 1.1\n// BEGIN SOLUTION\nreturn 1;\n// MISTAKE: return 2;", "BEGIN SOLUTION on line 2 has no END SOLUTION")]
    [InlineData("// Exercise 1.1\nreturn 1;\n// END SOLUTION\n// MISTAKE: return 2;", "END SOLUTION on line 3 has no BEGIN SOLUTION before it")]
    [InlineData("// Exercise 1.1\n// BEGIN SOLUTION\n// BEGIN SOLUTION\nreturn 1;\n// END SOLUTION\n// MISTAKE: return 2;", "BEGIN SOLUTION on line 3 is inside the block opened on line 2")]
    [InlineData("// Exercise 1.1\n// BEGIN SOLUTION\nreturn 1;\n// END SOLUTION", "has no // MISTAKE: line")]
    [InlineData("// BEGIN SOLUTION\nreturn 1;\n// END SOLUTION\n// MISTAKE: return 2;", "no exercise id")]
    [InlineData("// Exercise 1.1\nCheck.Exercise(\"1.2\", () => 1, 1, \"h\");\n// BEGIN SOLUTION\n// END SOLUTION\n// MISTAKE: x", "the comment says Exercise 1.1 but the check says Check.Exercise(\"1.2\"")]
    [InlineData("var a = 1;\n// MISTAKE: var a = 2;", "is not part of an exercise")]
    public void Malformed_markers_are_named_with_their_line(string source, string expected)
    {
        var (_, problems) = Read(source);
        Assert.Contains(problems, p => p.Contains(expected));
    }

    [Fact]
    public void A_cell_without_markers_is_not_an_exercise_and_has_no_problems()
    {
        var (cell, problems) = Read("Check.Exercise(\"3.1\", () => 1.0, expected: 1.0, hint: \"h\");\nvar x = 1;");
        Assert.Empty(problems);
        Assert.False(cell.IsExercise);
    }
}
