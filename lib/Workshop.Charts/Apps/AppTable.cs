using System.Globalization;
using System.Reflection;
using System.Text;

namespace Workshop.Charts.Apps;

/// <summary>
/// A sequence of records as a text table: one column per public property, one row per item. In a lesson app it stands in
/// for the kernel's <c>ToTabularDataResource()</c>, so a cell like <c>rows.Select(r => new { x, y }).ToTabularDataResource()</c>
/// compiles unchanged and prints as aligned columns.
/// </summary>
public sealed class AppTable
{
    public IReadOnlyList<string> Columns { get; }
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public AppTable(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.FirstOrDefault(r => r.Count != columns.Count) is { } bad)
            throw new ArgumentException($"A table with {columns.Count} columns got a row with {bad.Count} values.", nameof(rows));
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The columns padded to their widest value; numbers right-aligned, text left-aligned, as a reader compares them.</summary>
    public override string ToString()
    {
        var widths = Columns.Select((c, i) => Rows.Select(r => r[i].Length).Append(c.Length).Max()).ToArray();
        var numeric = Columns.Select((column, i) => Rows.Count > 0 && Rows.All(r => double.TryParse(r[i], NumberStyles.Float, CultureInfo.InvariantCulture, out _))).ToArray();
        var text = new StringBuilder();
        void Line(IReadOnlyList<string> cells) =>
            text.AppendLine(string.Join("  ", cells.Select((c, i) => numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd());
        Line(Columns);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in Rows) Line(row);
        return text.ToString().TrimEnd();
    }
}

public static class AppTableExtensions
{
    /// <summary>The items as a table whose columns are <typeparamref name="T"/>'s public properties (or its fields, for tuples).</summary>
    public static AppTable ToTabularDataResource<T>(this IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
        var fields = properties.Length == 0 ? typeof(T).GetFields(BindingFlags.Public | BindingFlags.Instance) : [];
        if (properties.Length == 0 && fields.Length == 0)
            return new AppTable(["value"], items.Select(item => (IReadOnlyList<string>)[AppOutput.Text(item)]).ToList());
        var columns = properties.Select(p => p.Name).Concat(fields.Select(f => f.Name)).ToArray();
        var rows = items.Select(item => (IReadOnlyList<string>)properties.Select(p => AppOutput.Text(p.GetValue(item)))
            .Concat(fields.Select(f => AppOutput.Text(f.GetValue(item)))).ToArray()).ToList();
        return new AppTable(columns, rows);
    }
}
