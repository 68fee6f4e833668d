using System.Diagnostics;

namespace Workshop.Charts.Tests;

/// <summary>Debian's Chromium run headless with the network cut off, as DESIGN.md describes.</summary>
internal static class Chromium
{
    public static string? Path { get; } =
        new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>Runs Chromium on a local page with a fresh profile and returns its stdout.</summary>
    public static string Run(string page, params string[] extra)
    {
        var profile = Directory.CreateTempSubdirectory("charts-chromium-");
        try
        {
            var info = new ProcessStartInfo(Path ?? throw new InvalidOperationException("Chromium is not installed."))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}",
                // No name resolves, so any attempt to reach the internet fails instead of silently succeeding.
                "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=10000",
            }.Concat(extra).Append(new Uri(page).AbsoluteUri))
                info.ArgumentList.Add(arg);
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish rendering the chart page within 2 minutes.");
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            try { profile.Delete(recursive: true); } catch (IOException) { /* Chromium may still hold a lock file; the temp folder is cleaned later. */ }
        }
    }
}

/// <summary>A fact that is skipped, saying why, where Chromium is not installed (CI installs it with .ci/chromium.sh).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
            Skip = "Chromium is not installed: run .ci/chromium.sh (apt-get install chromium) to render the charts in a browser.";
    }
}
