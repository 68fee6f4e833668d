using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>Small helpers for the real-data notebooks: a network's predicted classes for a data set, and its first layer as images.</summary>
public static class RealDataNetworks
{
    /// <summary>
    /// The class the network predicts for every example, fed through in batches of <paramref name="batchSize"/> so a large
    /// test set does not need one huge buffer. Several outputs: the largest one wins (logits or probabilities alike).
    /// One output: class 1 when it is ≥ 0.5 after a final Sigmoid, ≥ 0 otherwise.
    /// </summary>
    public static int[] PredictClasses<T>(Sequential<T> network, Dataset data, int batchSize = 1000) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        if (batchSize < 1) throw new ArgumentException($"PredictClasses needs a batch size ≥ 1; got {batchSize}.", nameof(batchSize));
        if (network.InputSize is int inputs && inputs != data.FeatureCount)
            throw new ArgumentException(
                $"The network takes {inputs} features per example but '{data.Name}' has {data.FeatureCount}.", nameof(data));

        T threshold = network.Layers.Count > 0 && network.Layers[^1] is Sigmoid<T> ? T.CreateChecked(0.5) : T.Zero;
        var classes = new int[data.Count];
        for (int start = 0; start < data.Count; start += batchSize)
        {
            int rows = Math.Min(batchSize, data.Count - start);
            var batch = Tensor<T>.FromRows(new ArraySegment<double[]>(data.Features, start, rows));
            var output = network.Forward(batch, training: false);
            ReadOnlySpan<T> o = output.Span;
            int k = output.Cols;
            for (int i = 0; i < rows; i++)
                classes[start + i] = k == 1 ? (o[i] >= threshold ? 1 : 0) : Metrics.ArgMax(o.Slice(i * k, k));
        }
        return classes;
    }

    /// <summary>
    /// The incoming weights of the first <paramref name="count"/> neurons of a Dense layer, one image per neuron
    /// (column j of W), scaled so that 0.5 is a zero weight, 1 the neuron's largest positive weight and 0 its most
    /// negative one (each neuron on its own scale, so weak neurons stay visible).
    /// </summary>
    public static double[][] WeightImages<T>(Dense<T> layer, int count) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (count < 1 || count > layer.Outputs)
            throw new ArgumentException($"{layer.Name} has {layer.Outputs} neurons; asked for the weights of {count}.", nameof(count));
        var w = layer.Weights;
        var images = new double[count][];
        for (int j = 0; j < count; j++)
        {
            var image = new double[layer.Inputs];
            double largest = 0;
            for (int i = 0; i < layer.Inputs; i++)
            {
                image[i] = double.CreateChecked(w[i, j]);
                largest = Math.Max(largest, Math.Abs(image[i]));
            }
            for (int i = 0; i < image.Length; i++) image[i] = largest == 0 ? 0.5 : 0.5 + image[i] / (2 * largest);
            images[j] = image;
        }
        return images;
    }
}
