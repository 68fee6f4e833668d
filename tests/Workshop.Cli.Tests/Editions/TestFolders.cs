namespace Workshop.Cli.Tests.Editions;

/// <summary>Where the test fixtures live (found from the repository root, so no copy step is needed) and throwaway folders.</summary>
public static class TestFolders
{
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Workshop.sln"))) return dir.FullName;
        throw new InvalidOperationException("no Workshop.sln above the test binaries");
    }

    public static string Fixture(string area, string name) =>
        Path.Combine(RepoRoot(), "tests", "Workshop.Cli.Tests", area, "Fixtures", name);
}

/// <summary>A fresh folder under the system temp folder, deleted when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "workshop-tests-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
