using System.Diagnostics;

namespace Workshop.Cli;

/// <summary>What must exist before a notebook can run: the pinned kernel tool restored and the helper library built.</summary>
public static class KitSetup
{
    /// <summary>Where NuGet keeps packages on this machine (NUGET_PACKAGES, else ~/.nuget/packages).</summary>
    public static string NuGetCache() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>Runs a command, capturing its output; returns the exit code and the output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, string file, params string[] args)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        try
        {
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, (await stdout) + (await stderr));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{file}: {e.Message}");
        }
    }

    /// <summary>The kernel version pinned in .config/dotnet-tools.json.</summary>
    public static string? PinnedKernelVersion(string root)
    {
        var manifest = Path.Combine(root, ".config", "dotnet-tools.json");
        if (!File.Exists(manifest)) return null;
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifest));
        return (string?)json?["tools"]?["microsoft.dotnet-interactive"]?["version"];
    }

    public static bool KernelRestored(string root) =>
        PinnedKernelVersion(root) is { } v && Directory.Exists(Path.Combine(NuGetCache(), "microsoft.dotnet-interactive", v));

    public static bool LibraryBuilt(string root) => RepoPaths.LibraryDlls.All(dll => File.Exists(Path.Combine(root, dll)));

    /// <summary>Restores the kernel tool if it is missing and builds the helper library the bootstrap references.</summary>
    public static async Task<bool> PrepareAsync(string root, TextWriter progress, TextWriter errors)
    {
        if (!KernelRestored(root))
        {
            progress.WriteLine("Restoring the pinned kernel: dotnet tool restore");
            var (code, output) = await RunAsync(root, "dotnet", "tool", "restore");
            if (code != 0)
            {
                errors.WriteLine($"`dotnet tool restore` failed:\n{output.Trim()}");
                return false;
            }
        }
        // The notebooks reference the Debug builds by path: the charts library (with the core library beside it) and,
        // in notebook 10, the ML.NET bridge.
        foreach (var project in RepoPaths.LibraryProjects)
        {
            progress.WriteLine($"Building the helper library: dotnet build {project} -c Debug");
            var build = await RunAsync(root, "dotnet", "build", project, "-c", "Debug", "-nologo", "-v", "q", "-clp:NoSummary");
            if (build.ExitCode != 0)
            {
                errors.WriteLine($"Building {project} failed; fix it, then run again:\n{build.Output.Trim()}");
                return false;
            }
        }
        return true;
    }
}
