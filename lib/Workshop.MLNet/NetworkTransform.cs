using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
using Workshop.DeepLearning;

namespace Workshop.MLNet;

/// <summary>
/// Puts the workshop's network inside an ML.NET pipeline: <c>ml.Transforms.Network(network)</c> reads the "Features"
/// column and writes "Score" (the softmax probabilities, one per class) and "PredictedLabel" (a key, like ML.NET's own
/// multiclass trainers), so ML.NET's evaluator and the rest of a pipeline can use it unchanged.
/// It is a custom mapping: it transforms and evaluates like any ML.NET transformer, but a model that contains it
/// cannot be saved with <c>ml.Model.Save</c> unless the mapping is registered under a contract name.
/// </summary>
public static class NetworkTransform
{
    public static CustomMappingEstimator<NetworkInput, NetworkOutput> Network(this TransformsCatalog catalog, Sequential<float> network)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(network);
        int inputs = network.InputSize ?? throw new ArgumentException("The network's input size is unknown; start it with a Dense layer.", nameof(network));
        int classes = network.OutputSize ?? 0;
        if (classes < 2)
            throw new ArgumentException(
                $"ml.Transforms.Network needs a network with one output (logit) per class, at least 2; {network} has {classes}.", nameof(network));

        var input = DataViews.Schema<NetworkInput>(inputs, labelType: null);
        var output = SchemaDefinition.Create(typeof(NetworkOutput));
        output["Score"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, classes);
        output["PredictedLabel"].ColumnType = new KeyDataViewType(typeof(uint), classes);

        var row = new Tensor<float>(1, inputs);
        var logits = new double[classes];
        void Map(NetworkInput source, NetworkOutput target)
        {
            if (source.Features.Length != inputs)
                throw new ArgumentException($"{network.Layers[0].Name} got {source.Features.Length} features per example; expected {inputs}.");
            // The network reuses its buffers, and ML.NET may call the mapping from several threads.
            lock (row)
            {
                source.Features.CopyTo(row.Span);
                var z = network.Forward(row, training: false).Span;
                for (int k = 0; k < classes; k++) logits[k] = z[k];
                var p = Activations.Softmax(logits);
                target.Score = Array.ConvertAll(p, v => (float)v);
                target.PredictedLabel = (uint)Array.IndexOf(p, p.Max());  // 0-based here; ML.NET reads it as key class + 1
            }
        }
        return catalog.CustomMapping<NetworkInput, NetworkOutput>(Map, contractName: null, input, output);
    }

    public sealed class NetworkInput
    {
        public float[] Features { get; set; } = [];
    }

    public sealed class NetworkOutput
    {
        public float[] Score { get; set; } = [];
        public uint PredictedLabel { get; set; }
    }
}
