using Workshop.Cli.Editions;

namespace Workshop.Cli.Commands;

/// <summary>`workshop student [--out folder] [--mistakes]`: the attendees' copy of the notebooks, without solutions.</summary>
public static class StudentCommand
{
    public const string Summary = "write the student edition of the notebooks (solutions replaced by TODOs) to artifacts/student/";
    public const string Usage = "usage: workshop student [--out <folder, default artifacts/student>] [--mistakes (instructor preview: each solution replaced by its typical mistake; default artifacts/mistakes)] [--force (replace notebooks changed since the last edition)]";

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? output = null;
        var edition = Edition.Student;
        var force = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--out":
                    stderr.WriteLine("workshop student: --out needs a folder.");
                    return 2;
                case "--mistakes":
                    edition = Edition.Mistakes;
                    break;
                case "--force":
                    force = true;
                    break;
                case "-h" or "--help":
                    stdout.WriteLine(Usage);
                    return 0;
                default:
                    stderr.WriteLine($"workshop student: unknown option {args[i]}. {Usage}");
                    return 2;
            }
        }

        try
        {
            var root = RepoPaths.Root();
            var folder = output is null
                ? Path.Combine(root, "artifacts", edition == Edition.Student ? "student" : "mistakes")
                : Path.GetFullPath(output);
            var written = EditionWriter.Write(RepoPaths.Notebooks(root), folder, edition, force);
            var what = edition == Edition.Student ? "student edition" : "mistake edition";
            stdout.WriteLine($"Wrote the {what} of {written.Files.Count} notebook(s) with {written.Exercises} exercise(s) to {Path.GetRelativePath(Environment.CurrentDirectory, folder)}");
            return 0;
        }
        catch (Exception e) when (e is EditionException or UserError)
        {
            stderr.WriteLine($"workshop student: {e.Message}");
            return 2;
        }
    }
}
