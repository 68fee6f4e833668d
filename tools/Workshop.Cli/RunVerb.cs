using System.Globalization;

namespace Workshop.Cli;

/// <summary>`workshop run [notebook or folder …] [--timeout seconds] [--out folder] [--no-build]`.</summary>
public static class RunVerb
{
    public const string Usage = "usage: workshop run [notebook.ipynb | folder …] [--timeout <seconds per cell, default 120>] [--out <folder, default artifacts/notebooks>] [--no-build]";

    public sealed record Arguments(IReadOnlyList<string> Paths, TimeSpan Timeout, string? OutputDirectory, bool Build);

    public static Arguments Parse(string[] args)
    {
        var paths = new List<string>();
        var timeout = RunOptions.DefaultCellTimeout;
        string? output = null;
        var build = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--timeout":
                    if (i + 1 >= args.Length || !double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
                        throw new UserError("--timeout needs a positive number of seconds, e.g. --timeout 300.");
                    timeout = TimeSpan.FromSeconds(seconds);
                    break;
                case "--out":
                    if (i + 1 >= args.Length) throw new UserError("--out needs a folder.");
                    output = args[++i];
                    break;
                case "--no-build":
                    build = false;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new UserError($"unknown option {option}. {Usage}");
                default:
                    paths.Add(args[i]);
                    break;
            }
        }
        return new Arguments(paths, timeout, output, build);
    }

    /// <summary>The notebooks the paths name, in order: a folder gives its .ipynb files sorted by name.</summary>
    public static IReadOnlyList<Notebook> Discover(IReadOnlyList<string> paths)
    {
        var notebooks = new List<Notebook>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, "*.ipynb").Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0) throw new UserError($"{path} has no .ipynb notebooks.");
                notebooks.AddRange(files.Select(Notebook.Load));
            }
            else
            {
                notebooks.Add(Notebook.Load(path));
            }
        }
        return notebooks;
    }

    public static async Task<int> Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Parse(args);
        var root = RepoPaths.Root();
        // Load every notebook first, so a wrong path fails in a second, not after the first notebook's run.
        var notebooks = Discover(parsed.Paths.Count > 0 ? parsed.Paths : [RepoPaths.Notebooks(root)]);
        var options = new RunOptions(parsed.Timeout, Path.GetFullPath(parsed.OutputDirectory ?? RepoPaths.Artifacts(root)), stdout);
        // The sources are never modified: an executed copy must not land on top of the notebook it came from.
        if (notebooks.FirstOrDefault(n => Path.GetDirectoryName(n.Path) == options.OutputDirectory.TrimEnd(Path.DirectorySeparatorChar)) is { } clash)
            throw new UserError($"the executed copy of {clash.Name} would overwrite it; choose another --out folder.");
        if (parsed.Build && !await KitSetup.PrepareAsync(root, stdout, stderr)) return 1;

        var results = new List<NotebookResult>();
        foreach (var notebook in notebooks)
        {
            var result = await NotebookRunner.RunAsync(notebook, root, options);
            results.Add(result);
            if (!result.Succeeded) stderr.WriteLine(RunSummary.Failure(result));
        }
        stdout.WriteLine();
        stdout.WriteLine(RunSummary.Format(results));
        stdout.WriteLine($"Executed copies: {Path.GetRelativePath(Environment.CurrentDirectory, options.OutputDirectory)}");
        return results.All(r => r.Succeeded) ? 0 : 1;
    }
}
