namespace Workshop.Cli.Editions;

/// <summary>What <see cref="EditionWriter.Write"/> wrote.</summary>
public sealed record EditionSummary(IReadOnlyList<string> Files, int Exercises);

/// <summary>
/// Writes an edition of every notebook in a folder. All notebooks are checked before the first file is written, so a
/// marker mistake in notebook 7 leaves no half-made edition behind; the sources are only ever read.
/// </summary>
public static class EditionWriter
{
    /// <param name="replaceChanged">
    /// Without it, a notebook in the output folder that differs from the fresh edition (an attendee's answers, outputs
    /// of a run) is not replaced, and nothing is written.
    /// </param>
    public static EditionSummary Write(string sourceFolder, string outputFolder, Edition edition, bool replaceChanged = false)
    {
        var sources = Path.GetFullPath(sourceFolder);
        var output = Path.GetFullPath(outputFolder);
        if (IsSameOrInside(output, sources))
            throw new EditionException($"refusing to write into {sourceFolder}: it holds the instructor's notebooks with their solutions; choose another --out, e.g. artifacts/student.");
        if (!Directory.Exists(sources))
            throw new EditionException($"{sourceFolder} does not exist; expected the folder with the instructor's notebooks.");

        var files = Directory.GetFiles(sources, "*.ipynb").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new EditionException($"{sourceFolder} has no .ipynb notebooks.");

        var problems = new List<string>();
        var editions = new List<(string Target, string Json)>();
        var exercises = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var target = Path.Combine(output, name);
            if (File.Exists(target) && SameFile(target, file))
                throw new EditionException($"refusing to overwrite the source notebook {file}.");
            var notebook = IpynbFile.Load(file);
            var made = NotebookEdition.Make(notebook, name, edition, problems, relative => RebasePath(relative, sources, output));
            exercises += NotebookEdition.CountExercises(notebook);
            editions.Add((target, IpynbFile.Serialize(made)));
        }
        if (problems.Count > 0)
            throw new EditionException($"nothing written; fix the solution markers first:\n  {string.Join("\n  ", problems)}");

        var changed = editions.Where(e => File.Exists(e.Target) && File.ReadAllText(e.Target) != e.Json).Select(e => Path.GetFileName(e.Target)).ToList();
        if (changed.Count > 0 && !replaceChanged)
            throw new EditionException($"nothing written: {string.Join(", ", changed)} in {outputFolder} differ from a fresh edition (answers typed in, or outputs of a run?); use --force to replace them, or --out another folder.");

        foreach (var (target, json) in editions) AtomicFile.WriteAllText(target, json);
        return new EditionSummary(editions.Select(e => e.Target).ToList(), exercises);
    }

    /// <summary>The same file as <paramref name="relative"/> (seen from <paramref name="from"/>), seen from <paramref name="to"/>, with '/' as Jupyter writes it.</summary>
    public static string RebasePath(string relative, string from, string to)
    {
        var target = Path.GetFullPath(Path.Combine(from, relative));
        return Path.GetRelativePath(to, target).Replace('\\', '/');
    }

    static bool IsSameOrInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var p = Path.TrimEndingDirectorySeparator(path);
        var f = Path.TrimEndingDirectorySeparator(folder);
        return p.Equals(f, comparison) || p.StartsWith(f + Path.DirectorySeparatorChar, comparison);
    }

    // A symbolic link can make another folder's file the source itself; compare what the paths resolve to.
    static bool SameFile(string a, string b)
    {
        static string Resolve(string p) => new FileInfo(p).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(p);
        return string.Equals(Resolve(a), Resolve(b), StringComparison.Ordinal);
    }
}
