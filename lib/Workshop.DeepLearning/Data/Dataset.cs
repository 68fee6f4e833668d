namespace Workshop.DeepLearning;

/// <summary>
/// A table of examples: one row of features per example and one target per example.
/// For classification the targets are class indices 0..Classes−1 (stored as double);
/// for regression they are real values and <see cref="Classes"/> is 0.
/// </summary>
public sealed record Dataset
{
    public Dataset(double[][] Features, double[] Targets, int Classes, string Name)
    {
        ArgumentNullException.ThrowIfNull(Features);
        ArgumentNullException.ThrowIfNull(Targets);
        ArgumentNullException.ThrowIfNull(Name);
        if (Features.Length == 0)
            throw new ArgumentException($"Data set '{Name}' has no examples; expected at least one.", nameof(Features));
        if (Targets.Length != Features.Length)
            throw new ArgumentException(
                $"Data set '{Name}' has {Features.Length} examples but {Targets.Length} targets; expected one target per example.",
                nameof(Targets));
        if (Classes < 0)
            throw new ArgumentException($"Data set '{Name}' got {Classes} classes; expected 0 (regression) or a positive count.", nameof(Classes));

        int featureCount = Features[0]?.Length ?? 0;
        if (featureCount == 0)
            throw new ArgumentException($"Data set '{Name}' example 0 has no features; expected at least one.", nameof(Features));
        for (int i = 0; i < Features.Length; i++)
        {
            if (Features[i] is null || Features[i].Length != featureCount)
                throw new ArgumentException(
                    $"Data set '{Name}' example {i} has {Features[i]?.Length ?? 0} features; expected {featureCount} like example 0.",
                    nameof(Features));
        }
        if (Classes > 0)
        {
            for (int i = 0; i < Targets.Length; i++)
            {
                double t = Targets[i];
                if (t != Math.Floor(t) || t < 0 || t >= Classes)
                    throw new ArgumentException(
                        $"Data set '{Name}' example {i} has target {t}; expected a class index 0..{Classes - 1}.", nameof(Targets));
            }
        }

        this.Features = Features;
        this.Targets = Targets;
        this.Classes = Classes;
        this.Name = Name;
    }

    /// <summary>One row per example: Features[i][j] is feature j of example i.</summary>
    public double[][] Features { get; }

    /// <summary>Class index (classification) or real value (regression), one per example.</summary>
    public double[] Targets { get; }

    /// <summary>Number of classes; 0 for a regression data set.</summary>
    public int Classes { get; }

    public string Name { get; }

    public int Count => Features.Length;

    public int FeatureCount => Features[0].Length;

    public bool IsClassification => Classes > 0;

    /// <summary>The targets as class indices. Throws for a regression data set, which has no classes.</summary>
    public int[] Labels
    {
        get
        {
            if (!IsClassification)
                throw new InvalidOperationException($"Data set '{Name}' is a regression data set (Classes = 0); it has no class labels.");
            return Array.ConvertAll(Targets, t => (int)t);
        }
    }

    /// <summary>The examples at the given positions, in that order (positions may repeat). Rows are shared, not copied.</summary>
    public Dataset Take(IReadOnlyList<int> indices) => Take(indices, Name);

    /// <summary>
    /// Shuffles the examples with the seed and puts <paramref name="testFraction"/> of them aside as a test set.
    /// The same seed always gives the same split. Not stratified: with few examples a class may be under-represented.
    /// </summary>
    public (Dataset Train, Dataset Test) Split(double testFraction, int seed)
    {
        if (!(testFraction > 0 && testFraction < 1))
            throw new ArgumentException($"Split of '{Name}' got test fraction {testFraction}; expected a number between 0 and 1 (e.g. 0.2).", nameof(testFraction));
        if (Count < 2)
            throw new ArgumentException($"Split of '{Name}' needs at least 2 examples; it has {Count}.");

        var order = Enumerable.Range(0, Count).ToArray();
        new Random(seed).Shuffle(order);
        int testCount = Math.Clamp((int)Math.Round(Count * testFraction), 1, Count - 1);
        return (Take(order[testCount..], $"{Name} (train)"), Take(order[..testCount], $"{Name} (test)"));
    }

    /// <summary>The targets as one-hot rows: class k becomes a row of zeros with a 1 in column k.</summary>
    public double[][] OneHotTargets() => OneHot.Encode(Labels, Classes);

    public override string ToString()
    {
        string features = FeatureCount == 1 ? "1 feature" : $"{FeatureCount} features";
        string target = Classes switch
        {
            0 => "regression target",
            1 => "1 class",
            _ => $"{Classes} classes",
        };
        return $"{Name}: {Count} examples, {features}, {target}";
    }

    private Dataset Take(IReadOnlyList<int> indices, string name)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var features = new double[indices.Count][];
        var targets = new double[indices.Count];
        for (int i = 0; i < indices.Count; i++)
        {
            int index = indices[i];
            if (index < 0 || index >= Count)
                throw new ArgumentException($"Take from '{Name}' got index {index}; expected 0..{Count - 1}.", nameof(indices));
            features[i] = Features[index];
            targets[i] = Targets[index];
        }
        return new Dataset(features, targets, Classes, name);
    }
}
