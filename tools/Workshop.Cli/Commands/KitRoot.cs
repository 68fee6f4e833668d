namespace Workshop.Cli.Commands;

/// <summary>The kit's root folder (the one with Workshop.sln), so the commands work from any folder inside the repository.</summary>
public static class KitRoot
{
    public static string? Find(string? start = null)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start ?? Environment.CurrentDirectory)); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Workshop.sln")))
                return dir.FullName;
        return null;
    }

    public const string NotFound = "cannot find the kit (no Workshop.sln in this folder or above); run the command from inside the repository.";
}
