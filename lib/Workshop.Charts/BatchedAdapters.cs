using System.Numerics;
using Plotly.NET;
using Workshop.DeepLearning;

namespace Workshop.Charts;

// Overloads for the batched level: the grid goes through the network as one mini-batch, not point by point.
public static partial class Charts
{
    /// <summary>
    /// A batched network's decision boundary. One output: its value over the grid, split at 0.5 after a Sigmoid
    /// layer and at 0 otherwise. Several outputs: the class with the largest output.
    /// </summary>
    public static GenericChart DecisionBoundary<T>(Sequential<T> network, IReadOnlyList<double[]> points, IReadOnlyList<int> labels,
        int resolution = 80, string title = "Decision boundary") where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        CheckPoints(points, labels);
        var (x, y) = BoundaryGrid(points, resolution);
        var output = PredictGrid(network, x, y);
        if (output.Cols > 1)
        {
            var classes = Grid(x, y, (r, c) => ArgMaxRow(output, r * x.Length + c));
            return RegionsChart(x, y, classes, Math.Max(output.Cols, labels.Max() + 1), points, labels, title);
        }
        var z = Grid(x, y, (r, c) => double.CreateChecked(output[r * x.Length + c, 0]));
        double threshold = network.Layers.Count > 0 && network.Layers[^1] is Sigmoid<T> ? 0.5 : 0.0;
        return BoundaryChart(x, y, z, points, labels, threshold, title);
    }

    /// <summary>A data set's points coloured by class (its first two features).</summary>
    public static GenericChart Scatter(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Scatter(data.Features, data.Labels, data.Name);
    }

    /// <summary>
    /// The first images of a data set of square grayscale images (8×8 digits, 28×28 Fashion-MNIST: the side is the square
    /// root of the feature count), with their labels, or with predictions and the wrong ones marked.
    /// </summary>
    public static GenericChart ImageGrid(Dataset data, IReadOnlyList<int>? predicted = null, IReadOnlyList<string>? classNames = null,
        int columns = 8, int maxImages = 32)
    {
        ArgumentNullException.ThrowIfNull(data);
        int side = (int)Math.Round(Math.Sqrt(data.FeatureCount));
        if (side * side != data.FeatureCount)
            throw new ArgumentException($"Data set '{data.Name}' has {data.FeatureCount} features per example; an image grid needs a square image (64 = 8×8, 784 = 28×28).", nameof(data));
        int count = Math.Min(data.Count, maxImages);
        if (predicted is not null && predicted.Count < count)
            throw new ArgumentException($"Got {predicted.Count} predictions for the first {count} images of '{data.Name}'.", nameof(predicted));
        return ImageGrid(data.Features.Take(count).ToArray(), side, side, data.Labels.Take(count).ToArray(), predicted?.Take(count).ToArray(),
            classNames, columns, maxImages, data.Name);
    }

    /// <summary>A batched network's decision boundary over a data set's points.</summary>
    public static GenericChart DecisionBoundary<T>(Sequential<T> network, Dataset data, int resolution = 80) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(data);
        return DecisionBoundary(network, data.Features, data.Labels, resolution, $"Decision boundary — {data.Name}");
    }

    /// <summary>A scalar network's decision boundary over a data set's points.</summary>
    public static GenericChart DecisionBoundary(Mlp network, Dataset data, int resolution = 50)
    {
        ArgumentNullException.ThrowIfNull(data);
        return DecisionBoundary(network, data.Features, data.Labels, resolution, $"Decision boundary — {data.Name}");
    }

    /// <summary>Any model's output over a data set's points (e.g. an ML.NET model's probability).</summary>
    public static GenericChart DecisionBoundary(Func<double, double, double> model, Dataset data, int resolution = 80, double? threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(data);
        return DecisionBoundary(model, data.Features, data.Labels, resolution, threshold, $"Decision boundary — {data.Name}");
    }

    /// <summary>The Dense layers of a batched network as a diagram (activation layers have no weights to draw).</summary>
    public static GenericChart NetworkDiagram<T>(Sequential<T> network, int maxNeuronsPerLayer = 12, string title = "Network")
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        var weights = network.Layers.OfType<Dense<T>>().Select(d => ToArray(d.Weights)).ToList();
        if (weights.Count == 0) throw new ArgumentException($"{network} has no Dense layer; a network diagram draws Dense weights.", nameof(network));
        return NetworkDiagram(weights, maxNeuronsPerLayer, title);
    }

    /// <summary>Loss and accuracy per epoch from a training run.</summary>
    public static GenericChart TrainingCurves(TrainingHistory history, string title = "Training")
    {
        ArgumentNullException.ThrowIfNull(history);
        return TrainingCurves(ToPoints(history), title);
    }

    internal static TrainingPoint ToPoint(EpochMetrics m) => new(m.Epoch, m.Loss, m.Accuracy, m.ValidationLoss, m.ValidationAccuracy);

    internal static TrainingPoint[] ToPoints(TrainingHistory history) => history.Epochs.Select(ToPoint).ToArray();

    internal static double[,] ToArray<T>(Tensor<T> t) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var result = new double[t.Rows, t.Cols];
        for (int r = 0; r < t.Rows; r++)
            for (int c = 0; c < t.Cols; c++)
                result[r, c] = double.CreateChecked(t[r, c]);
        return result;
    }

    private static Tensor<T> PredictGrid<T>(Sequential<T> network, double[] x, double[] y) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var rows = new double[x.Length * y.Length][];
        for (int r = 0; r < y.Length; r++)
            for (int c = 0; c < x.Length; c++)
                rows[r * x.Length + c] = [x[c], y[r]];
        return network.Predict(Tensor<T>.FromRows(rows));
    }

    private static double[][] Grid(double[] x, double[] y, Func<int, int, double> at)
    {
        var z = new double[y.Length][];
        for (int r = 0; r < y.Length; r++)
        {
            z[r] = new double[x.Length];
            for (int c = 0; c < x.Length; c++)
            {
                z[r][c] = at(r, c);
                if (!double.IsFinite(z[r][c]))
                    throw new ArgumentException($"The network gave {z[r][c]} at ({x[c]}, {y[r]}); it has diverged. Try a smaller learning rate.");
            }
        }
        return z;
    }

    private static int ArgMaxRow<T>(Tensor<T> t, int row) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int best = 0;
        for (int c = 1; c < t.Cols; c++)
            if (t[row, c] > t[row, best]) best = c;
        return best;
    }
}

public static partial class Display
{
    /// <summary>The batched network as a table: its layers, output shapes and parameter counts (from <c>Summary()</c>).</summary>
    public static string NetworkTable<T>(Sequential<T> network) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        return NetworkTable(network.Summary().Select(s => (s.Layer, s.OutputShape, s.Parameters)), $"Sequential — {network.ParameterCount:N0} parameters");
    }

    /// <summary>A training history as its training curves.</summary>
    public static string HistoryHtml(TrainingHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return HistoryHtml(Charts.ToPoints(history));
    }
}
