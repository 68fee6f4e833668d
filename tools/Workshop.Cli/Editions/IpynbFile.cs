using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workshop.Cli.Editions;

/// <summary>
/// Reads and writes .ipynb JSON the way Jupyter does (indent 1, non-ASCII kept as is, a final newline), so that an
/// edition differs from its source only where the transform changed something.
/// </summary>
public static class IpynbFile
{
    static readonly JsonSerializerOptions JupyterStyle = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        // Jupyter writes "·" and "ŷ" as they are; the default encoder would turn them into \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Loads a notebook; a file that is not notebook JSON becomes an <see cref="EditionException"/> naming it.</summary>
    public static JsonObject Load(string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new EditionException($"{path} is not valid JSON (line {e.LineNumber + 1}): a notebook file must be JSON.");
        }
        if (root is not JsonObject json || json["cells"] is not JsonArray)
            throw new EditionException($"{path} is not a notebook: it has no \"cells\" list.");
        return json;
    }

    public static string Serialize(JsonObject notebook) => notebook.ToJsonString(JupyterStyle) + "\n";
}

/// <summary>A problem with the notebooks or the command line the user can fix; shown as one line (or one line per problem).</summary>
public sealed class EditionException(string message) : Exception(message);
