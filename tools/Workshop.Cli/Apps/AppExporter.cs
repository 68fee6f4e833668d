namespace Workshop.Cli.Apps;

/// <summary>
/// `workshop export --apps [--out folder]`: every notebook under notebooks/ as a .NET 10 file-based app (NN-name.cs), so
/// each lesson also runs without the notebook kernel, which Microsoft deprecated (dotnet/interactive#4163).
/// </summary>
public static class AppExporter
{
    public const string Usage = "usage: workshop export --apps [--out <folder, default artifacts/apps>] [notebook.ipynb …]";

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? output = null;
        var only = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--apps":
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
                case var path when path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase):
                    only.Add(path);
                    break;
                default:
                    stderr.WriteLine($"workshop export: unknown option {args[i]}. {Usage}");
                    return 2;
            }
        }

        string root;
        try
        {
            root = RepoPaths.Root();
        }
        catch (UserError e)
        {
            stderr.WriteLine($"workshop export: {e.Message}");
            return 2;
        }
        var folder = output is null ? Path.Combine(root, "artifacts", "apps") : Path.GetFullPath(output);
        var notebooks = only.Count > 0
            ? only.Select(Path.GetFullPath).ToList()
            : Directory.Exists(Path.Combine(root, "notebooks"))
                ? Directory.GetFiles(Path.Combine(root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToList()
                : [];
        if (notebooks.Count == 0)
        {
            stderr.WriteLine("workshop export: no notebooks found in notebooks/.");
            return 2;
        }
        try
        {
            var written = Export(notebooks, folder, root);
            foreach (var app in written) stdout.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, app)}");
            stdout.WriteLine($"Run one with: dotnet run {Path.GetRelativePath(Environment.CurrentDirectory, written[0])}");
            return 0;
        }
        catch (AppConversionException e)
        {
            stderr.WriteLine($"workshop export: {e.Message}");
            return 2;
        }
    }

    /// <summary>Converts each notebook into &lt;folder&gt;/NN-name.cs and returns the paths written.</summary>
    public static List<string> Export(IEnumerable<string> notebooks, string folder, string kitRoot)
    {
        Directory.CreateDirectory(folder);
        var kitRootFromApps = Path.GetRelativePath(folder, kitRoot);
        var written = new List<string>();
        foreach (var notebook in notebooks)
        {
            if (!File.Exists(notebook)) throw new AppConversionException($"{notebook} does not exist.");
            var name = Path.GetFileNameWithoutExtension(notebook);
            string code;
            try
            {
                code = NotebookToApp.Convert(NotebookToApp.ReadCells(File.ReadAllText(notebook)), name, kitRootFromApps);
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new AppConversionException($"{Path.GetFileName(notebook)} is not valid JSON (line {e.LineNumber + 1}).");
            }
            catch (AppConversionException e)
            {
                throw new AppConversionException($"{Path.GetFileName(notebook)}: {e.Message}");
            }
            var path = Path.Combine(folder, name + ".cs");
            File.WriteAllText(path, code);
            written.Add(path);
        }
        return written;
    }
}
