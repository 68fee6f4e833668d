using System.Security.Cryptography;
using Workshop.Cli.Commands;
using Workshop.Cli.Editions;

namespace Workshop.Cli.Tests.Editions;

public class EditionWriterTests
{
    /// <summary>A small kit: notebooks/ with the two fixtures (and optionally a third notebook), lib/ beside it.</summary>
    static string Kit(TempFolder temp, string? extraName = null, string? extraCell = null)
    {
        var notebooks = temp.Combine("kit", "notebooks");
        Directory.CreateDirectory(notebooks);
        foreach (var name in new[] { "00-setup.ipynb", "02-perceptron.ipynb" })
            File.Copy(TestFolders.Fixture("Editions", name), Path.Combine(notebooks, name));
        if (extraName is not null)
        {
            var text = File.ReadAllText(TestFolders.Fixture("Editions", "00-setup.ipynb"))
                .Replace("\"Console.WriteLine(\\\"ready\\\");\"", System.Text.Json.JsonSerializer.Serialize(extraCell));
            File.WriteAllText(Path.Combine(notebooks, extraName), text);
        }
        return notebooks;
    }

    static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void Writes_every_notebook_and_leaves_the_sources_untouched()
    {
        using var temp = new TempFolder();
        var sources = Kit(temp);
        var before = Hashes(sources);
        var output = temp.Combine("kit", "artifacts", "student");
        var summary = EditionWriter.Write(sources, output, Edition.Student);
        Assert.Equal(["00-setup.ipynb", "02-perceptron.ipynb"], summary.Files.Select(Path.GetFileName));
        Assert.Equal(2, summary.Exercises);
        Assert.Equal(before, Hashes(sources));
        var student = File.ReadAllText(Path.Combine(output, "02-perceptron.ipynb"));
        Assert.Contains("throw new NotImplementedException(\\\"Exercise 2.1\\\");", student);
        // artifacts/student is one folder deeper than notebooks/: the library reference must still reach lib/.
        Assert.Contains("#r \\\"../../lib/Workshop.DeepLearning/bin/Debug/net10.0/Workshop.DeepLearning.dll\\\"", student);
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("student")]
    public void Refuses_to_write_into_the_notebooks_folder(string sub)
    {
        using var temp = new TempFolder();
        var sources = Kit(temp);
        var before = Hashes(sources);
        var e = Assert.Throws<EditionException>(() => EditionWriter.Write(sources, Path.Combine(sources, sub), Edition.Student));
        Assert.Contains("refusing to write into", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Equal(before, Hashes(sources));
        Assert.False(Directory.Exists(Path.Combine(sources, "student")));
    }

    [Fact]
    public void A_missing_end_marker_is_reported_with_notebook_and_cell_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var sources = Kit(temp, "05-broken.ipynb", "// Exercise 5.1: the loss\nCheck.Exercise(\"5.1\", () =>\n{\n    // BEGIN SOLUTION\n    return 0.5;\n    // MISTAKE: return 1;\n}, expected: 0.5, hint: \"h\");");
        var output = temp.Combine("out");
        var e = Assert.Throws<EditionException>(() => EditionWriter.Write(sources, output, Edition.Student));
        Assert.Contains("05-broken.ipynb, code cell 2 (// Exercise 5.1: the loss): BEGIN SOLUTION on line 4 has no END SOLUTION", e.Message);
        Assert.StartsWith("nothing written", e.Message);
        Assert.False(Directory.Exists(output));   // not even the two good notebooks
    }

    [Fact]
    public void An_exercise_without_a_mistake_is_reported_for_the_mistake_edition_too()
    {
        using var temp = new TempFolder();
        var sources = Kit(temp, "06-no-mistake.ipynb", "// Exercise 6.1: a step\nCheck.Exercise(\"6.1\", () =>\n{\n    // BEGIN SOLUTION\n    return 0.5;\n    // END SOLUTION\n}, expected: 0.5, hint: \"h\");");
        var e = Assert.Throws<EditionException>(() => EditionWriter.Write(sources, temp.Combine("out"), Edition.Mistakes));
        Assert.Contains("06-no-mistake.ipynb, code cell 2", e.Message);
        Assert.Contains("has no // MISTAKE: line", e.Message);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void The_mistake_edition_is_written_with_the_mistakes()
    {
        using var temp = new TempFolder();
        var sources = Kit(temp);
        EditionWriter.Write(sources, temp.Combine("mistakes"), Edition.Mistakes);
        var text = File.ReadAllText(temp.Combine("mistakes", "02-perceptron.ipynb"));
        Assert.Contains("\"    return 1 / (1 + Math.Exp(0.5));\\n\"", text);
        Assert.DoesNotContain("MISTAKE", text);
    }

    [Fact]
    public void An_edition_changed_since_it_was_written_is_kept_unless_forced()
    {
        using var temp = new TempFolder();
        var sources = Kit(temp);
        var output = temp.Combine("student");
        EditionWriter.Write(sources, output, Edition.Student);
        EditionWriter.Write(sources, output, Edition.Student);   // unchanged: writing again is fine
        var answered = Path.Combine(output, "02-perceptron.ipynb");
        var work = File.ReadAllText(answered).Replace("throw new NotImplementedException(\\\"Exercise 2.1\\\");", "return w0 + 1;");
        File.WriteAllText(answered, work);
        var e = Assert.Throws<EditionException>(() => EditionWriter.Write(sources, output, Edition.Student));
        Assert.Contains("02-perceptron.ipynb in", e.Message);
        Assert.Contains("--force", e.Message);
        Assert.Equal(work, File.ReadAllText(answered));
        EditionWriter.Write(sources, output, Edition.Student, replaceChanged: true);
        Assert.Contains("Exercise 2.1", File.ReadAllText(answered));
    }

    [Fact]
    public void Student_command_refuses_the_kits_notebooks_folder_in_one_line()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = StudentCommand.Run(["--out", Path.Combine(TestFolders.RepoRoot(), "notebooks")], stdout, stderr);
        Assert.Equal(2, code);
        Assert.StartsWith("workshop student: refusing to write into", stderr.ToString());
        Assert.Single(stderr.ToString().TrimEnd().Split('\n'));
    }

    [Fact]
    public void Student_command_rejects_unknown_options()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, StudentCommand.Run(["--solutions"], new StringWriter(), stderr));
        Assert.Contains("unknown option --solutions", stderr.ToString());
    }
}
