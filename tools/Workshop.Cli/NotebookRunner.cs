using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workshop.Cli;

/// <summary>How to run notebooks: the per-cell timeout, where executed copies go, and where progress is shown.</summary>
public sealed record RunOptions(TimeSpan CellTimeout, string OutputDirectory, TextWriter Progress)
{
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(120);
    public TimeSpan KernelStartTimeout { get; init; } = TimeSpan.FromSeconds(120);
    public TimeSpan Heartbeat { get; init; } = TimeSpan.FromSeconds(15);
}

/// <summary>What running one notebook gave, cell by cell.</summary>
public sealed record NotebookResult(
    string Name,
    int CellCount,
    IReadOnlyList<CellResult> Cells,
    TimeSpan KernelStart,
    TimeSpan Elapsed,
    CellStatus Status,
    int? FailedCell,
    string? FailedCellFirstLine,
    string? Error,
    string ExecutedCopyPath)
{
    public bool Succeeded => Status == CellStatus.Succeeded;

    /// <summary>The cell that took longest (1-based) and its time, or null when no cell ran.</summary>
    public (int Number, TimeSpan Elapsed)? SlowestCell =>
        Cells.Count == 0 ? null : Cells.Select((c, i) => (Number: i + 1, c.Elapsed)).MaxBy(c => c.Elapsed);
}

/// <summary>Runs one notebook in a fresh kernel, cell by cell, and writes its executed copy. The path `workshop run` and the tests share.</summary>
public static class NotebookRunner
{
    public static async Task<NotebookResult> RunAsync(Notebook notebook, string repoRoot, RunOptions options)
    {
        var clock = Stopwatch.StartNew();
        var results = new List<CellResult>();
        var total = notebook.CodeCells.Count;
        var status = CellStatus.Succeeded;
        CodeCell? failed = null;
        string? error = null;
        var kernelStart = TimeSpan.Zero;

        options.Progress.WriteLine($"{notebook.Name}: starting a fresh kernel…");
        KernelClient? kernel = null;
        try
        {
            // The notebook's own folder is the kernel's current folder, as in VS Code and Jupyter, so relative paths work the same.
            kernel = await KernelClient.StartAsync(repoRoot, Path.GetDirectoryName(notebook.Path)!, options.KernelStartTimeout);
            kernelStart = clock.Elapsed;
            options.Progress.WriteLine($"{notebook.Name}: kernel ready in {kernelStart.TotalSeconds:0.0} s");

            foreach (var cell in notebook.CodeCells)
            {
                var running = kernel.SubmitCodeAsync(cell.Source, cell.KernelName, options.CellTimeout);
                // A long cell (training) says it is still alive, so nobody mistakes it for a hang.
                while (await Task.WhenAny(running, Task.Delay(options.Heartbeat)) != running)
                    options.Progress.WriteLine($"{notebook.Name}: cell {cell.Number}/{total} still running (elapsed {clock.Elapsed.TotalSeconds:0} s)");
                var result = await running;
                results.Add(result);
                options.Progress.WriteLine(ProgressLine(notebook.Name, cell, total, result, clock.Elapsed));
                if (result.Status != CellStatus.Succeeded)
                {
                    (status, failed, error) = (result.Status, cell, result.Error);
                    break;
                }
            }
        }
        catch (KernelStartException e)
        {
            (status, error) = (CellStatus.Failed, e.Message);
        }
        finally
        {
            if (kernel is not null) await kernel.DisposeAsync();
        }

        var copy = Path.Combine(options.OutputDirectory, notebook.Name);
        AtomicFile.WriteAllText(copy, ExecutedCopy(notebook, results));
        return new NotebookResult(notebook.Name, total, results, kernelStart, clock.Elapsed, status,
            failed?.Number, failed?.FirstLine, error, copy);
    }

    public static string ProgressLine(string notebook, CodeCell cell, int total, CellResult result, TimeSpan elapsed)
    {
        var status = result.Status switch
        {
            CellStatus.Succeeded => "ok",
            CellStatus.TimedOut => "TIMEOUT",
            _ => "FAILED",
        };
        return $"{notebook}: cell {cell.Number}/{total} {status,-7} {result.Elapsed.TotalSeconds,6:0.0} s  (elapsed {elapsed.TotalSeconds:0.0} s)  {Shorten(cell.FirstLine, 60)}";
    }

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>The source notebook's JSON with each executed code cell's outputs and execution count filled in, as Jupyter writes them.</summary>
    public static string ExecutedCopy(Notebook notebook, IReadOnlyList<CellResult> results)
    {
        var json = (JsonObject)notebook.Json.DeepClone();
        var cells = (JsonArray)json["cells"]!;
        foreach (var cell in notebook.CodeCells)
        {
            var target = (JsonObject)cells[cell.Index]!;
            var outputs = new JsonArray();
            if (cell.Number <= results.Count)
            {
                var result = results[cell.Number - 1];
                foreach (var output in result.Outputs)
                {
                    // Jupyter shows consecutive writes to the same stream as one block; so does the copy.
                    var jupyter = ToJupyter(output, cell.Number);
                    if (outputs.Count > 0 && outputs[^1] is JsonObject last && (string?)last["output_type"] == "stream"
                        && (string?)jupyter["output_type"] == "stream" && (string?)last["name"] == (string?)jupyter["name"])
                        last["text"] = Notebook.ToLines(Notebook.SourceText(last["text"]) + Notebook.SourceText(jupyter["text"]));
                    else
                        outputs.Add(jupyter);
                }
                if (result.Status == CellStatus.TimedOut)
                    outputs.Add(ErrorOutput("Timeout", result.Error ?? "timeout"));
                target["execution_count"] = cell.Number;
            }
            else
            {
                target["execution_count"] = null;
            }
            target["outputs"] = outputs;
        }
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    static JsonObject ToJupyter(CellOutput output, int executionCount)
    {
        switch (output.Kind)
        {
            case OutputKind.Stdout:
            case OutputKind.Stderr:
                return new JsonObject
                {
                    ["output_type"] = "stream",
                    ["name"] = output.Kind == OutputKind.Stdout ? "stdout" : "stderr",
                    ["text"] = Notebook.ToLines(output.Values.TryGetValue("text/plain", out var t) ? t : string.Concat(output.Values.Values)),
                };
            case OutputKind.Error:
                return ErrorOutput("Error", output.Values.TryGetValue("text/plain", out var e) ? e : string.Concat(output.Values.Values));
            default:
                var data = new JsonObject();
                foreach (var (mime, value) in output.Values) data[mime] = Notebook.ToLines(value);
                var o = new JsonObject { ["output_type"] = output.Kind == OutputKind.Result ? "execute_result" : "display_data", ["data"] = data, ["metadata"] = new JsonObject() };
                if (output.Kind == OutputKind.Result) o["execution_count"] = executionCount;
                return o;
        }
    }

    static JsonObject ErrorOutput(string name, string message) => new()
    {
        ["output_type"] = "error",
        ["ename"] = name,
        ["evalue"] = message,
        ["traceback"] = new JsonArray(message.Split('\n').Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
    };
}
