using Workshop.Cli;

namespace Workshop.Cli.Tests;

/// <summary>Mistakes a user can make end in one line on stderr and exit code 2, never a stack trace, and before any kernel starts.</summary>
public class UserErrorTests
{
    static readonly string Fixtures = Path.Combine(RepoPaths.Root(AppContext.BaseDirectory), "tests", "fixtures");

    static async Task<(int Code, string Out, string Err)> Workshop(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await WorkshopCommand.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    static void AssertOneLineError(int code, string err, string expected)
    {
        Assert.Equal(2, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(expected, lines[0]);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public async Task A_path_that_does_not_exist()
    {
        var (code, _, err) = await Workshop("run", Path.Combine(Fixtures, "no-such-notebook.ipynb"));
        AssertOneLineError(code, err, "no-such-notebook.ipynb does not exist");
    }

    [Fact]
    public async Task A_file_that_is_not_a_notebook()
    {
        var (code, _, err) = await Workshop("run", Path.Combine(Fixtures, "not-a-notebook.txt"));
        AssertOneLineError(code, err, "is not a notebook");
    }

    [Fact]
    public async Task A_notebook_with_invalid_json()
    {
        var (code, _, err) = await Workshop("run", Path.Combine(Fixtures, "invalid-json.ipynb"));
        AssertOneLineError(code, err, "is not valid JSON");
    }

    [Fact]
    public async Task A_notebook_in_another_language()
    {
        var (code, _, err) = await Workshop("run", Path.Combine(Fixtures, "python.ipynb"));
        AssertOneLineError(code, err, "is a python notebook");
    }

    [Fact]
    public async Task A_bad_timeout()
    {
        var (code, _, err) = await Workshop("run", "--timeout", "soon");
        AssertOneLineError(code, err, "--timeout needs a positive number of seconds");
    }

    [Fact]
    public async Task An_unknown_option()
    {
        var (code, _, err) = await Workshop("run", "--fast");
        AssertOneLineError(code, err, "unknown option --fast");
    }

    [Fact]
    public async Task A_folder_without_notebooks()
    {
        var empty = Directory.CreateTempSubdirectory("workshop-empty-");
        try
        {
            var (code, _, err) = await Workshop("run", empty.FullName);
            AssertOneLineError(code, err, "has no .ipynb notebooks");
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task An_unknown_verb_lists_the_verbs()
    {
        var (code, _, err) = await Workshop("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("unknown verb 'frobnicate'", err);
        Assert.Contains("run", err);
        Assert.Contains("doctor", err);
    }

    [Fact]
    public async Task Doctor_takes_no_arguments()
    {
        var (code, _, err) = await Workshop("doctor", "now");
        AssertOneLineError(code, err, "doctor takes no arguments");
    }

    [Fact]
    public async Task An_output_folder_that_would_overwrite_the_source()
    {
        var (code, _, err) = await Workshop("run", Path.Combine(Fixtures, "broken.ipynb"), "--out", Fixtures);
        AssertOneLineError(code, err, "the executed copy of broken.ipynb would overwrite it");
    }
}
