using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Workshop.Cli;

/// <summary>
/// One dotnet-interactive kernel process driven over its stdio protocol, as an editor drives it: a JSON command
/// envelope per line on stdin (SubmitCode with a token), JSON event envelopes per line on stdout, the command
/// finished when CommandSucceeded or CommandFailed arrives for that token.
/// </summary>
public sealed class KernelClient : IAsyncDisposable
{
    readonly Process process;
    readonly Channel<JsonObject> events = Channel.CreateUnbounded<JsonObject>();
    readonly StringBuilder stderrTail = new();
    int nextToken;

    KernelClient(Process process) => this.process = process;

    /// <summary>Starts the kit's pinned kernel (the tool in .config/dotnet-tools.json) with <paramref name="workingDirectory"/> as its current folder, and waits until it is ready.</summary>
    public static async Task<KernelClient> StartAsync(string repoRoot, string workingDirectory, TimeSpan startTimeout)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            // Run from the repo root so `dotnet tool run` finds the tool manifest wherever the notebook lives.
            WorkingDirectory = repoRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var a in new[] { "tool", "run", "dotnet-interactive", "--", "stdio", "--default-kernel", "csharp", "--working-dir", workingDirectory })
            info.ArgumentList.Add(a);
        info.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start `dotnet tool run dotnet-interactive`.");
        var client = new KernelClient(process);
        _ = Task.Run(client.ReadEventsAsync);
        _ = Task.Run(client.ReadStderrAsync);

        using var timeout = new CancellationTokenSource(startTimeout);
        try
        {
            while (true)
            {
                var e = await client.events.Reader.ReadAsync(timeout.Token);
                if ((string?)e["eventType"] == "KernelReady") return client;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
        {
            var why = ex is OperationCanceledException ? $"did not become ready within {startTimeout.TotalSeconds:0} s" : "exited before it was ready";
            var tail = client.StderrTail();
            await client.DisposeAsync();
            throw new KernelStartException($"the dotnet-interactive kernel {why}.{(tail.Length > 0 ? " Its last words: " + tail : "")} Try: dotnet tool restore");
        }
    }

    /// <summary>Runs one cell's code and collects what it produced, waiting at most <paramref name="timeout"/>.</summary>
    public async Task<CellResult> SubmitCodeAsync(string code, string kernelName, TimeSpan timeout)
    {
        var token = $"workshop-{++nextToken}";
        var envelope = new JsonObject
        {
            ["token"] = token,
            ["commandType"] = "SubmitCode",
            ["command"] = new JsonObject { ["code"] = code, ["targetKernelName"] = kernelName },
        };
        var outputs = new List<CellOutput>();
        var clock = Stopwatch.StartNew();
        try
        {
            await process.StandardInput.WriteLineAsync(envelope.ToJsonString());
            await process.StandardInput.FlushAsync();
        }
        catch (IOException)
        {
            return new CellResult(CellStatus.Failed, outputs, "the kernel has exited.", clock.Elapsed);
        }

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var e = await events.Reader.ReadAsync(cancel.Token);
                var commandToken = (string?)e["command"]?["token"];
                // Commands the kernel issues on our behalf (#r, directives) carry child tokens "token.n".
                if (commandToken is null || (commandToken != token && !commandToken.StartsWith(token + ".", StringComparison.Ordinal)))
                    continue;
                var type = (string?)e["eventType"];
                var body = e["event"] as JsonObject;
                if (commandToken == token && type == "CommandSucceeded")
                    return new CellResult(CellStatus.Succeeded, outputs, null, clock.Elapsed);
                if (commandToken == token && type == "CommandFailed")
                {
                    var message = (string?)body?["message"] ?? "the cell failed.";
                    outputs.Add(new CellOutput(OutputKind.Error, new Dictionary<string, string> { ["text/plain"] = message }));
                    return new CellResult(CellStatus.Failed, outputs, message, clock.Elapsed);
                }
                var output = ToOutput(type, body);
                if (output is null) continue;
                // An updated display (e.g. "Installing packages…" becoming "Installed") replaces the one with the same id, as in an editor.
                var earlier = output.ValueId is null ? -1 : outputs.FindIndex(o => o.ValueId == output.ValueId);
                if (earlier >= 0) outputs[earlier] = output;
                else outputs.Add(output);
            }
        }
        catch (OperationCanceledException)
        {
            return new CellResult(CellStatus.TimedOut, outputs, $"the cell did not finish within {timeout.TotalSeconds:0.#} s (timeout).", clock.Elapsed);
        }
        catch (ChannelClosedException)
        {
            var tail = StderrTail();
            return new CellResult(CellStatus.Failed, outputs, "the kernel exited while running the cell." + (tail.Length > 0 ? " " + tail : ""), clock.Elapsed);
        }
    }

    static CellOutput? ToOutput(string? eventType, JsonObject? body)
    {
        var kind = eventType switch
        {
            "StandardOutputValueProduced" => OutputKind.Stdout,
            "StandardErrorValueProduced" => OutputKind.Stderr,
            "DisplayedValueProduced" or "DisplayedValueUpdated" => OutputKind.Display,
            "ReturnValueProduced" => OutputKind.Result,
            "ErrorProduced" => OutputKind.Error,
            _ => (OutputKind?)null,
        };
        if (kind is null || body is null) return null;
        var values = new Dictionary<string, string>();
        if (body["formattedValues"] is JsonArray formatted)
            foreach (var f in formatted.OfType<JsonObject>())
                if ((string?)f["mimeType"] is { } mime && (string?)f["value"] is { } value)
                    values[mime] = value;
        if (kind == OutputKind.Error && values.Count == 0 && (string?)body["message"] is { } message)
            values["text/plain"] = message;
        return values.Count == 0 ? null : new CellOutput(kind.Value, values) { ValueId = (string?)body["valueId"] };
    }

    async Task ReadEventsAsync()
    {
        try
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                // The kernel prints a welcome banner before the protocol starts; only JSON lines are events.
                if (!line.StartsWith('{')) continue;
                try
                {
                    if (JsonNode.Parse(line) is JsonObject e) events.Writer.TryWrite(e);
                }
                catch (System.Text.Json.JsonException)
                {
                    // Not an event (a stray line that happens to start with '{').
                }
            }
        }
        finally
        {
            events.Writer.TryComplete();
        }
    }

    async Task ReadStderrAsync()
    {
        while (await process.StandardError.ReadLineAsync() is { } line)
            lock (stderrTail)
            {
                stderrTail.AppendLine(line);
                if (stderrTail.Length > 4000) stderrTail.Remove(0, stderrTail.Length - 4000);
            }
    }

    string StderrTail()
    {
        lock (stderrTail) return string.Join(" ", stderrTail.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
    }

    /// <summary>Stops the kernel; it does not exit on its own when stdin closes, and a hung cell cannot be interrupted.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or not ours to wait for any longer.
        }
        process.Dispose();
    }
}

public sealed class KernelStartException(string message) : Exception(message);

public enum CellStatus { Succeeded, Failed, TimedOut, Skipped }

public enum OutputKind { Stdout, Stderr, Display, Result, Error }

/// <summary>One output of a cell: what kind, and its value by MIME type (text/plain, text/html, …).</summary>
public sealed record CellOutput(OutputKind Kind, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The kernel's id for a display that later updates can replace; null for most outputs.</summary>
    public string? ValueId { get; init; }
}

/// <summary>What running one cell gave: success or not, its outputs, the kernel's error, and how long it took.</summary>
public sealed record CellResult(CellStatus Status, IReadOnlyList<CellOutput> Outputs, string? Error, TimeSpan Elapsed);
