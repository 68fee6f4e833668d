using Workshop.Cli.Editions;
using Workshop.Cli.Export;

namespace Workshop.Cli.Commands;

/// <summary>`workshop export --html [--out folder]`: the executed notebooks as a static site that works offline.</summary>
public static class ExportCommand
{
    public const string Summary = "export the executed notebooks as an offline site (--html) or every lesson as a file-based app (--apps)";
    public const string Usage = "usage: workshop export --html [--out <folder, default artifacts/site>]\n" +
                                "       workshop export --apps [--out <folder, default artifacts/apps>] [notebook …]";

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // The file-based apps are their own exporter, with their own options (notebook paths as well as --out).
        if (args.Contains("--apps")) return Workshop.Cli.Apps.AppExporter.Run(args, stdout, stderr);
        string? output = null;
        var html = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--html":
                    html = true;
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--out":
                    stderr.WriteLine("workshop export: --out needs a folder.");
                    return 2;
                case "-h" or "--help":
                    stdout.WriteLine(Usage);
                    return 0;
                default:
                    stderr.WriteLine($"workshop export: unknown option {args[i]}. {Usage}");
                    return 2;
            }
        }
        if (!html)
        {
            stderr.WriteLine($"workshop export: say what to export (--html). {Usage}");
            return 2;
        }

        try
        {
            var root = RepoPaths.Root();
            var executed = RepoPaths.Artifacts(root);
            var folder = output is null ? Path.Combine(root, "artifacts", "site") : Path.GetFullPath(output);
            var written = HtmlSite.Export(executed, folder);
            foreach (var missing in NotExecuted(RepoPaths.Notebooks(root), executed))
                stdout.WriteLine($"note: {missing} has no executed copy yet, so it is not in the site; `workshop run` adds it.");
            stdout.WriteLine($"Wrote {written.Count - 1} page(s) and index.html to {Path.GetRelativePath(Environment.CurrentDirectory, folder)}");
            return 0;
        }
        catch (Exception e) when (e is EditionException or UserError)
        {
            stderr.WriteLine($"workshop export: {e.Message}");
            return 2;
        }
    }

    static IEnumerable<string> NotExecuted(string sources, string executed) =>
        Directory.Exists(sources)
            ? Directory.GetFiles(sources, "*.ipynb").Select(Path.GetFileName).Where(n => !File.Exists(Path.Combine(executed, n!))).Order(StringComparer.Ordinal)!
            : [];
}
