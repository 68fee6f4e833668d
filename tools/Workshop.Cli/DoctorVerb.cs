using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Workshop.Cli;

/// <summary>One thing doctor checked: whether it is fine, what was found, and the exact command that fixes it.</summary>
public sealed record DoctorCheck(string Name, bool Ok, string Detail, string? Fix = null, bool Optional = false);

/// <summary>`workshop doctor`: is this laptop ready for the session (offline included)? Exit 0 only when it is.</summary>
public static partial class DoctorVerb
{
    public static async Task<int> Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0) throw new UserError($"doctor takes no arguments (got '{args[0]}').");
        var root = RepoPaths.Root();
        var checks = new List<DoctorCheck> { await SdkCheck(root), KernelCheck(root), LibraryCheck(root) };
        checks.AddRange(PackageChecks(root, KitSetup.NuGetCache()));
        checks.Add(await JupyterCheck());
        stdout.WriteLine(Format(checks));
        return checks.All(c => c.Ok || c.Optional) ? 0 : 1;
    }

    public static string Format(IReadOnlyList<DoctorCheck> checks)
    {
        var width = checks.Max(c => c.Name.Length);
        var lines = checks.Select(c =>
            $"{(c.Ok ? "ok  " : c.Optional ? "note" : "FAIL")}  {c.Name.PadRight(width)}  {c.Detail}" +
            (c.Ok || c.Fix is null ? "" : $"\n      fix: {c.Fix}"));
        var failures = checks.Count(c => !c.Ok && !c.Optional);
        return string.Join("\n", lines) + "\n" + (failures == 0 ? "Ready for the workshop." : $"Not ready: {failures} problem(s); run the fix command(s) above, then `workshop doctor` again.");
    }

    /// <summary>The SDK must be at least the one global.json names (same major version).</summary>
    static async Task<DoctorCheck> SdkCheck(string root)
    {
        var wanted = WantedSdk(root);
        var (code, output) = await KitSetup.RunAsync(root, "dotnet", "--version");
        var fix = $"install the .NET SDK {wanted.Major}.0 (https://dot.net/download), then open a new terminal";
        if (code != 0) return new DoctorCheck(".NET SDK", false, $"`dotnet --version` failed: {output.Trim()}", fix);
        var text = output.Trim();
        var ok = Version.TryParse(text.Split('-')[0], out var found) && found.Major == wanted.Major && found >= wanted;
        return new DoctorCheck(".NET SDK", ok, ok ? text : $"{text}; the kit needs {wanted} or later {wanted.Major}.0.x", fix);
    }

    public static Version WantedSdk(string root)
    {
        var path = Path.Combine(root, "global.json");
        var version = File.Exists(path) ? (string?)System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))?["sdk"]?["version"] : null;
        return Version.TryParse(version, out var v) ? v : new Version(10, 0, 100);
    }

    static DoctorCheck KernelCheck(string root)
    {
        var version = KitSetup.PinnedKernelVersion(root) ?? "?";
        var ok = KitSetup.KernelRestored(root);
        return new DoctorCheck("kernel tool", ok, ok ? $"dotnet-interactive {version} restored" : $"dotnet-interactive {version} is not restored", "dotnet tool restore");
    }

    static DoctorCheck LibraryCheck(string root)
    {
        var missing = RepoPaths.LibraryDlls.Where(dll => !File.Exists(Path.Combine(root, dll))).ToList();
        return new DoctorCheck("library built", missing.Count == 0,
            missing.Count == 0 ? "Workshop.DeepLearning and Workshop.Charts DLLs present" : $"missing {string.Join(", ", missing)}",
            "dotnet build lib/Workshop.Charts");
    }

    /// <summary>Every pinned package the kit uses (a project's PackageReference or a notebook's #r "nuget:") must be in the local NuGet cache, so the session works without network.</summary>
    public static IEnumerable<DoctorCheck> PackageChecks(string root, string cache)
    {
        var pinned = PinnedVersions(root);
        var used = UsedPackages(root);
        var missing = new List<string>();
        var present = 0;
        foreach (var (name, version) in pinned.Where(p => used.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (Directory.Exists(Path.Combine(cache, name.ToLowerInvariant(), version.ToLowerInvariant()))) present++;
            else missing.Add($"{name} {version}");
        }
        yield return new DoctorCheck("packages cached", missing.Count == 0,
            missing.Count == 0 ? $"{present} pinned package(s) in {cache}" : $"missing from {cache}: {string.Join(", ", missing)}",
            "dotnet restore Workshop.sln && dotnet run --project tools/Workshop.Cli -- run notebooks/00-setup.ipynb");
    }

    /// <summary>Package name → version, from Directory.Packages.props.</summary>
    public static IReadOnlyDictionary<string, string> PinnedVersions(string root)
    {
        var path = Path.Combine(root, "Directory.Packages.props");
        if (!File.Exists(path)) return new Dictionary<string, string>();
        return XDocument.Load(path).Descendants("PackageVersion")
            .Where(e => e.Attribute("Include") is not null && e.Attribute("Version") is not null)
            .ToDictionary(e => e.Attribute("Include")!.Value, e => e.Attribute("Version")!.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Names of the packages the projects reference and the notebooks load with #r "nuget: …".</summary>
    public static HashSet<string> UsedPackages(string root)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in new[] { "lib", "tools", "tests", "bench" }.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
            foreach (var project in Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories))
                foreach (var reference in XDocument.Load(project).Descendants("PackageReference"))
                    if (reference.Attribute("Include")?.Value is { } name) used.Add(name);
        var notebooks = RepoPaths.Notebooks(root);
        if (Directory.Exists(notebooks))
            foreach (var file in Directory.EnumerateFiles(notebooks).Where(f => f.EndsWith(".ipynb", StringComparison.Ordinal) || f.EndsWith(".csx", StringComparison.Ordinal)))
                foreach (Match m in NuGetReference().Matches(File.ReadAllText(file)))
                    used.Add(m.Groups[1].Value);
        return used;
    }

    [GeneratedRegex(@"#r\s+\\?""nuget:\s*([A-Za-z0-9_.\-]+)")]
    private static partial Regex NuGetReference();

    /// <summary>Jupyter is optional; when it is installed, the .NET kernel must be registered with it.</summary>
    static async Task<DoctorCheck> JupyterCheck()
    {
        var (code, output) = await KitSetup.RunAsync(Environment.CurrentDirectory, "jupyter", "kernelspec", "list");
        if (code == -1)
            return new DoctorCheck("Jupyter", true, "not installed (optional: VS Code with Polyglot Notebooks is enough)", Optional: true);
        if (code != 0)
            return new DoctorCheck("Jupyter", false, $"`jupyter kernelspec list` failed: {FirstLine(output)}", "python3 -m pip install jupyter (or apt-get install jupyter-client jupyter-nbconvert python3-nbclient)");
        var ok = KernelspecListed(output);
        return new DoctorCheck("Jupyter kernel", ok, ok ? ".net-csharp kernelspec registered" : "Jupyter is installed but the .net-csharp kernel is not registered",
            "dotnet tool restore && dotnet tool run dotnet-interactive jupyter install");
    }

    public static bool KernelspecListed(string kernelspecList) =>
        kernelspecList.Split('\n').Any(l => l.Trim().StartsWith(".net-csharp ", StringComparison.Ordinal) || l.Trim() == ".net-csharp");

    static string FirstLine(string text) => text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
}
