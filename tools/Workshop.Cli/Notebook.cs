using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workshop.Cli;

/// <summary>A C# .ipynb file: its JSON, kept whole so an executed copy keeps everything the source had, and its code cells.</summary>
public sealed class Notebook
{
    public string Path { get; }
    public string Name => System.IO.Path.GetFileName(Path);
    public JsonObject Json { get; }
    public IReadOnlyList<CodeCell> CodeCells { get; }

    Notebook(string path, JsonObject json, IReadOnlyList<CodeCell> codeCells) => (Path, Json, CodeCells) = (path, json, codeCells);

    /// <summary>Reads and checks a notebook; every problem a user can cause becomes a one-line <see cref="UserError"/>.</summary>
    public static Notebook Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new UserError(Directory.Exists(full) ? $"{path} is a folder; expected a .ipynb notebook." : $"{path} does not exist.");
        if (!full.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
            throw new UserError($"{path} is not a notebook (expected a .ipynb file).");

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(full));
        }
        catch (JsonException e)
        {
            throw new UserError($"{path} is not valid JSON (line {e.LineNumber + 1}): a notebook file must be JSON.");
        }
        if (root is not JsonObject json || json["cells"] is not JsonArray cells)
            throw new UserError($"{path} is not a notebook: it has no \"cells\" list.");

        var language = Language(json);
        if (language is not null && !IsCSharp(language))
            throw new UserError($"{path} is a {language} notebook; workshop runs C# notebooks (.NET Interactive, kernel .net-csharp).");

        var codeCells = new List<CodeCell>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell || (string?)cell["cell_type"] != "code") continue;
            var kernel = (string?)cell["metadata"]?["polyglot_notebook"]?["kernelName"]
                         ?? (string?)cell["metadata"]?["dotnet_interactive"]?["language"]
                         ?? "csharp";
            codeCells.Add(new CodeCell(codeCells.Count + 1, i, SourceText(cell["source"]), kernel));
        }
        return new Notebook(full, json, codeCells);
    }

    /// <summary>The notebook's language as its metadata states it, or null when it says nothing (then C# is assumed).</summary>
    static string? Language(JsonObject json)
    {
        var metadata = json["metadata"];
        return (string?)metadata?["kernelspec"]?["language"]
               ?? (string?)metadata?["language_info"]?["name"]
               ?? (string?)metadata?["kernelspec"]?["name"];
    }

    static bool IsCSharp(string language) =>
        language.Trim().ToLowerInvariant() is "c#" or "csharp" or ".net-csharp" or "c#-interactive";

    /// <summary>Jupyter stores source as one string or as a list of lines that keep their newlines.</summary>
    public static string SourceText(JsonNode? source) => source switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value => (string?)value ?? "",
        _ => "",
    };

    /// <summary>Splits text the way Jupyter stores it: a list of lines, each but the last ending in '\n'.</summary>
    public static JsonArray ToLines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }
}

/// <summary>One code cell: its number among the code cells (1-based, as people count), its index in the file, its code and kernel.</summary>
public sealed record CodeCell(int Number, int Index, string Source, string KernelName)
{
    /// <summary>The first non-empty line, to name the cell in progress and error messages.</summary>
    public string FirstLine =>
        Source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "(empty cell)";
}
