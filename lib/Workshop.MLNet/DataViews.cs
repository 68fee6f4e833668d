using Microsoft.ML;
using Microsoft.ML.Data;
using Workshop.DeepLearning;

namespace Workshop.MLNet;

/// <summary>
/// Converts between the workshop's <see cref="Dataset"/> and ML.NET's <see cref="IDataView"/>, the table every ML.NET
/// trainer reads. The view has two columns: "Features", a vector of exactly FeatureCount floats, and "Label".
/// Two classes give a Boolean label (what ML.NET's binary trainers expect); more give a key label, ML.NET's type for
/// categories, whose values count from 1 (key 1 is class 0; key 0 would mean "missing").
/// </summary>
public static class DataViews
{
    public const string Features = "Features";
    public const string Label = "Label";

    public static IDataView FromDataset(MLContext ml, Dataset data)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Classes < 2)
            throw new ArgumentException(
                $"ML.NET classifiers need a classification data set with 2 or more classes; '{data.Name}' has {data.Classes}.", nameof(data));

        var features = new float[data.Count][];
        for (int i = 0; i < data.Count; i++) features[i] = Array.ConvertAll(data.Features[i], v => (float)v);
        int[] labels = data.Labels;

        if (data.Classes == 2)
        {
            var rows = new BinaryRow[data.Count];
            for (int i = 0; i < rows.Length; i++) rows[i] = new BinaryRow { Features = features[i], Label = labels[i] == 1 };
            return ml.Data.LoadFromEnumerable(rows, Schema<BinaryRow>(data.FeatureCount, labelType: null));
        }

        var multi = new MulticlassRow[data.Count];
        for (int i = 0; i < multi.Length; i++) multi[i] = new MulticlassRow { Features = features[i], Label = (uint)labels[i] };
        return ml.Data.LoadFromEnumerable(multi, Schema<MulticlassRow>(data.FeatureCount, new KeyDataViewType(typeof(uint), data.Classes)));
    }

    /// <summary>
    /// Reads a view with a "Features" vector column and a Boolean or key "Label" column back into a <see cref="Dataset"/>
    /// (for example one that ML.NET loaded from a text file), so the workshop's network can train on it.
    /// </summary>
    public static Dataset ToDataset(IDataView view, string name)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(name);
        var featureColumn = view.Schema.GetColumnOrNull(Features)
            ?? throw new ArgumentException($"The data view has no '{Features}' column; its columns are {Columns(view)}.", nameof(view));
        var labelColumn = view.Schema.GetColumnOrNull(Label)
            ?? throw new ArgumentException($"The data view has no '{Label}' column; its columns are {Columns(view)}.", nameof(view));
        if (featureColumn.Type is not VectorDataViewType { ItemType: NumberDataViewType } vector || vector.ItemType.RawType != typeof(float))
            throw new ArgumentException($"The '{Features}' column is {featureColumn.Type}; expected a vector of Single (float).", nameof(view));

        var features = new List<double[]>();
        var targets = new List<double>();
        int classes;
        VBuffer<float> buffer = default;
        using var cursor = view.GetRowCursor([featureColumn, labelColumn]);
        var getFeatures = cursor.GetGetter<VBuffer<float>>(featureColumn);
        if (labelColumn.Type is BooleanDataViewType)
        {
            classes = 2;
            var getLabel = cursor.GetGetter<bool>(labelColumn);
            bool label = false;
            while (cursor.MoveNext())
            {
                getFeatures(ref buffer);
                getLabel(ref label);
                features.Add(Dense(buffer));
                targets.Add(label ? 1 : 0);
            }
        }
        else if (labelColumn.Type is KeyDataViewType key && key.RawType == typeof(uint))
        {
            classes = checked((int)key.Count);
            var getLabel = cursor.GetGetter<uint>(labelColumn);
            uint label = 0;
            while (cursor.MoveNext())
            {
                getFeatures(ref buffer);
                getLabel(ref label);
                if (label == 0)
                    throw new ArgumentException($"The data view's row {features.Count} has a missing label (key 0); drop it before converting.", nameof(view));
                features.Add(Dense(buffer));
                targets.Add(label - 1);
            }
        }
        else
        {
            throw new ArgumentException(
                $"The '{Label}' column is {labelColumn.Type}; expected Boolean (two classes) or a UInt32 key (several classes).", nameof(view));
        }
        return new Dataset(features.ToArray(), targets.ToArray(), classes, name);
    }

    private static double[] Dense(VBuffer<float> buffer)
    {
        var values = new double[buffer.Length];
        foreach (var (index, value) in buffer.Items()) values[index] = value;
        return values;
    }

    private static string Columns(IDataView view) => string.Join(", ", view.Schema.Select(c => $"'{c.Name}'"));

    // The vector size is only known at run time, so it goes into the schema instead of a [VectorType] attribute.
    internal static SchemaDefinition Schema<TRow>(int featureCount, DataViewType? labelType)
    {
        var schema = SchemaDefinition.Create(typeof(TRow));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        if (labelType is not null) schema[Label].ColumnType = labelType;
        return schema;
    }

    internal sealed class BinaryRow
    {
        public float[] Features { get; set; } = [];
        public bool Label { get; set; }
    }

    internal sealed class MulticlassRow
    {
        // A key column filled from a C# object holds the 0-based index; ML.NET shows it as key index + 1.
        public float[] Features { get; set; } = [];
        public uint Label { get; set; }
    }
}
