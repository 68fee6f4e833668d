using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Workshop.DeepLearning;

/// <summary>What a CSV column holds. Columns not declared in <see cref="CsvOptions.ColumnTypes"/> are numbers (Double).</summary>
public enum CsvColumnType { Double, Int, String }

/// <summary>How to read a CSV file.</summary>
/// <param name="TargetColumn">The column to predict; every other column is a feature unless <paramref name="FeatureColumns"/> says otherwise.</param>
/// <param name="IsClassification">True: the target holds classes (whole numbers 0..K−1, or text names, numbered in sorted order). False: real values (regression).</param>
/// <param name="Separator">The field separator; fields may be wrapped in double quotes.</param>
/// <param name="ColumnTypes">Types of columns that are not plain numbers (Double). A classification target defaults to Int.</param>
/// <param name="FeatureColumns">The feature columns, in this order; null means all columns but the target, in file order.</param>
/// <param name="Name">The data set's name; null means the file name.</param>
public sealed record CsvOptions(
    string TargetColumn = "label",
    bool IsClassification = true,
    char Separator = ',',
    IReadOnlyDictionary<string, CsvColumnType>? ColumnTypes = null,
    IReadOnlyList<string>? FeatureColumns = null,
    string? Name = null);

/// <summary>A CSV file read into typed columns, one array per column.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _index;
    private readonly CsvColumnType[] _types;
    private readonly object[] _columns;

    internal CsvTable(string fileName, string[] names, CsvColumnType[] types, object[] columns, int rowCount)
    {
        FileName = fileName;
        ColumnNames = names;
        _types = types;
        _columns = columns;
        RowCount = rowCount;
        _index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
    }

    public string FileName { get; }

    public IReadOnlyList<string> ColumnNames { get; }

    public int RowCount { get; }

    public bool HasColumn(string column) => _index.ContainsKey(column);

    public CsvColumnType TypeOf(string column) => _types[IndexOf(column)];

    public double[] Doubles(string column) => Column<double>(column, CsvColumnType.Double);

    public int[] Ints(string column) => Column<int>(column, CsvColumnType.Int);

    public string[] Strings(string column) => Column<string>(column, CsvColumnType.String);

    /// <summary>A numeric column as doubles, whether it was read as Double or Int.</summary>
    public double[] Numbers(string column)
    {
        int i = IndexOf(column);
        return _types[i] switch
        {
            CsvColumnType.Double => (double[])((double[])_columns[i]).Clone(),
            CsvColumnType.Int => Array.ConvertAll((int[])_columns[i], v => (double)v),
            _ => throw new InvalidOperationException($"{FileName}: column '{column}' holds text; expected numbers. Declare it as Double or Int, or leave it out of the features."),
        };
    }

    internal int IndexOf(string column) =>
        _index.TryGetValue(column, out int i)
            ? i
            : throw new ArgumentException($"{FileName}: no column '{column}' in the header; the columns are {CsvLoader.Describe(ColumnNames)}.", nameof(column));

    private T[] Column<T>(string column, CsvColumnType type)
    {
        int i = IndexOf(column);
        if (_types[i] != type)
            throw new InvalidOperationException($"{FileName}: column '{column}' was read as {_types[i]}; asked for {type}.");
        return (T[])((T[])_columns[i]).Clone();
    }
}

/// <summary>
/// Reads a CSV file with a header row into typed columns or straight into a <see cref="Dataset"/>.
/// A gzip-compressed file (.csv.gz) is recognised by its first bytes and read the same way.
/// Errors name the file, the line (the header is line 1) and the column.
/// </summary>
public static class CsvLoader
{
    /// <summary>Reads the features and the target into a data set (see <see cref="CsvOptions"/>).</summary>
    public static Dataset Load(string path, CsvOptions? options = null)
    {
        options ??= new CsvOptions();
        var table = Read(path, options, skipUnused: true);
        if (!table.HasColumn(options.TargetColumn))
            throw new InvalidDataException(
                $"{table.FileName}: no target column '{options.TargetColumn}' in the header; the columns are {Describe(table.ColumnNames)}. Set CsvOptions.TargetColumn.");

        var featureNames = options.FeatureColumns?.ToArray()
            ?? table.ColumnNames.Where(c => c != options.TargetColumn).ToArray();
        if (featureNames.Length == 0)
            throw new InvalidDataException($"{table.FileName}: no feature columns; the file has only the target column '{options.TargetColumn}'.");
        var columns = featureNames.Select(table.Numbers).ToArray();

        var features = new double[table.RowCount][];
        for (int i = 0; i < features.Length; i++)
        {
            var row = new double[columns.Length];
            for (int j = 0; j < row.Length; j++) row[j] = columns[j][i];
            features[i] = row;
        }

        var (targets, classes) = ReadTarget(table, options);
        return new Dataset(features, targets, classes, options.Name ?? table.FileName);
    }

    /// <summary>Reads every column with its declared type (Double unless <see cref="CsvOptions.ColumnTypes"/> says otherwise).</summary>
    public static CsvTable Read(string path, CsvOptions? options = null) => Read(path, options, skipUnused: false);

    // skipUnused: columns that are neither features nor the target are kept as text, so they need not be numbers.
    private static CsvTable Read(string path, CsvOptions? options, bool skipUnused)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new CsvOptions();
        if (!File.Exists(path))
            throw new FileNotFoundException($"CSV file not found: {Path.GetFullPath(path)}", path);
        string file = Path.GetFileName(path);

        using var reader = OpenText(path);
        string? header = reader.ReadLine();
        int lineNumber = 1;
        while (header is not null && header.Trim().Length == 0)
        {
            header = reader.ReadLine();
            lineNumber++;
        }
        if (header is null)
            throw new InvalidDataException($"{file} is empty; expected a header row with the column names.");

        string[] names = SplitLine(header, options.Separator, file, lineNumber).Select(n => n.Trim()).ToArray();
        for (int j = 0; j < names.Length; j++)
        {
            if (names[j].Length == 0)
                throw new InvalidDataException($"{file} line {lineNumber}: column {j + 1} of the header has no name.");
            if (Array.IndexOf(names, names[j]) != j)
                throw new InvalidDataException($"{file} line {lineNumber}: the header names column '{names[j]}' twice.");
        }
        foreach (var declared in (options.ColumnTypes?.Keys).OrEmpty().Concat(options.FeatureColumns.OrEmpty()))
        {
            if (Array.IndexOf(names, declared) < 0)
                throw new InvalidDataException($"{file}: no column '{declared}' in the header; the columns are {Describe(names)}.");
        }

        var types = names.Select(n => TypeFor(n, options, skipUnused)).ToArray();
        var doubles = new List<double>?[names.Length];
        var ints = new List<int>?[names.Length];
        var strings = new List<string>?[names.Length];
        for (int j = 0; j < names.Length; j++)
        {
            switch (types[j])
            {
                case CsvColumnType.Double: doubles[j] = []; break;
                case CsvColumnType.Int: ints[j] = []; break;
                default: strings[j] = []; break;
            }
        }

        int rows = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            var fields = SplitLine(line, options.Separator, file, lineNumber);
            if (fields.Count != names.Length)
                throw new InvalidDataException($"{file} line {lineNumber} has {fields.Count} fields; expected {names.Length} like the header.");
            for (int j = 0; j < names.Length; j++)
            {
                string field = fields[j].Trim();
                switch (types[j])
                {
                    case CsvColumnType.Double:
                        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
                            throw BadField(file, lineNumber, names[j], field, "a number");
                        doubles[j]!.Add(d);
                        break;
                    case CsvColumnType.Int:
                        if (!int.TryParse(field, NumberStyles.Integer, CultureInfo.InvariantCulture, out int k))
                            throw BadField(file, lineNumber, names[j], field, "a whole number");
                        ints[j]!.Add(k);
                        break;
                    default:
                        strings[j]!.Add(field);
                        break;
                }
            }
            rows++;
        }
        if (rows == 0)
            throw new InvalidDataException($"{file} has a header but no data rows; expected at least one example.");

        var columns = new object[names.Length];
        for (int j = 0; j < names.Length; j++)
            columns[j] = (object?)doubles[j]?.ToArray() ?? (object?)ints[j]?.ToArray() ?? strings[j]!.ToArray();
        return new CsvTable(file, names, types, columns, rows);
    }

    internal static string Describe(IReadOnlyList<string> names) =>
        names.Count <= 8
            ? string.Join(", ", names.Select(n => $"'{n}'"))
            : string.Join(", ", names.Take(6).Select(n => $"'{n}'")) + $", … '{names[^1]}' ({names.Count} in all)";

    private static (double[] Targets, int Classes) ReadTarget(CsvTable table, CsvOptions options)
    {
        string target = options.TargetColumn;
        if (!options.IsClassification)
            return (table.Numbers(target), 0);

        if (table.TypeOf(target) == CsvColumnType.String)
        {
            // Class names are numbered in sorted (ordinal) order, so the numbering does not depend on row order.
            var names = table.Strings(target);
            var classNames = names.Distinct().Order(StringComparer.Ordinal).ToList();
            return (names.Select(n => (double)classNames.IndexOf(n)).ToArray(), classNames.Count);
        }
        if (table.TypeOf(target) != CsvColumnType.Int)
            throw new InvalidDataException($"{table.FileName}: the class column '{target}' was declared {table.TypeOf(target)}; a class is an Int (0..K−1) or a String name.");

        var labels = table.Ints(target);
        int negative = Array.FindIndex(labels, l => l < 0);
        if (negative >= 0)
            throw new InvalidDataException($"{table.FileName}: column '{target}' has class {labels[negative]} in data row {negative + 1}; expected class indices 0, 1, 2, ….");
        return (Array.ConvertAll(labels, l => (double)l), labels.Max() + 1);
    }

    private static CsvColumnType TypeFor(string name, CsvOptions options, bool skipUnused)
    {
        if (options.ColumnTypes is not null && options.ColumnTypes.TryGetValue(name, out var type)) return type;
        if (skipUnused && options.FeatureColumns is not null && !options.FeatureColumns.Contains(name) && name != options.TargetColumn)
            return CsvColumnType.String;
        return name == options.TargetColumn && options.IsClassification ? CsvColumnType.Int : CsvColumnType.Double;
    }

    private static InvalidDataException BadField(string file, int line, string column, string field, string expected) =>
        new(field.Length == 0
            ? $"{file} line {line}, column '{column}': the field is empty; expected {expected}."
            : $"{file} line {line}, column '{column}': '{field}' is not {expected}.");

    private static StreamReader OpenText(string path)
    {
        var stream = File.OpenRead(path);
        bool gzip = stream.ReadByte() == 0x1f && stream.ReadByte() == 0x8b;
        stream.Position = 0;
        return new StreamReader(gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream, Encoding.UTF8);
    }

    // Splits one line at the separator; a field wrapped in double quotes may contain the separator, and "" inside it is one quote.
    private static List<string> SplitLine(string line, char separator, string file, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"' && field.ToString().Trim().Length == 0) { field.Clear(); quoted = true; }
            else if (c == separator) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        if (quoted)
            throw new InvalidDataException($"{file} line {lineNumber}: a quoted field is not closed; expected a closing \".");
        fields.Add(field.ToString());
        return fields;
    }

    private static IEnumerable<T> OrEmpty<T>(this IEnumerable<T>? items) => items ?? [];
}
