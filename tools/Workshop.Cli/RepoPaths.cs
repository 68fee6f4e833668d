namespace Workshop.Cli;

/// <summary>Where things live in the kit, found from the folder that holds Workshop.sln.</summary>
public static class RepoPaths
{
    /// <summary>The kit's root: the nearest folder at or above <paramref name="start"/> (default: the current folder, then the CLI's own folder) with Workshop.sln.</summary>
    public static string Root(string? start = null)
    {
        foreach (var candidate in new[] { start, Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = candidate is null ? null : new DirectoryInfo(Path.GetFullPath(candidate)); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Workshop.sln")))
                    return dir.FullName;
        }
        throw new UserError("cannot find the kit (no Workshop.sln in this folder or above); run the command from inside the repository.");
    }

    public static string Notebooks(string root) => Path.Combine(root, "notebooks");
    public static string Artifacts(string root) => Path.Combine(root, "artifacts", "notebooks");

    /// <summary>The library DLLs the bootstrap references, relative to notebooks/ (Debug, the configuration `dotnet build` uses by default).</summary>
    public static readonly string[] LibraryDlls =
    [
        Path.Combine("lib", "Workshop.Charts", "bin", "Debug", "net10.0", "Workshop.DeepLearning.dll"),
        Path.Combine("lib", "Workshop.Charts", "bin", "Debug", "net10.0", "Workshop.Charts.dll"),
        Path.Combine("lib", "Workshop.MLNet", "bin", "Debug", "net10.0", "Workshop.MLNet.dll"),
    ];

    /// <summary>The library projects whose Debug builds the notebooks load.</summary>
    public static readonly string[] LibraryProjects =
    [
        Path.Combine("lib", "Workshop.Charts", "Workshop.Charts.csproj"),
        Path.Combine("lib", "Workshop.MLNet", "Workshop.MLNet.csproj"),
    ];

    /// <summary>The one bootstrap cell every notebook starts with.</summary>
    public static string Bootstrap(string root) => Path.Combine(root, "notebooks", "bootstrap.csx");
}
