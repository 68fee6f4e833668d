using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>
/// Joins the two levels of the library: the scalar <see cref="Mlp"/> (every number a <see cref="Value"/>) and the
/// batched <see cref="Sequential{T}"/> (whole mini-batches). The same weights give the same loss and gradients.
/// </summary>
public static class Levels
{
    /// <summary>
    /// A batched copy of a scalar network with the same weights: neuron j's weight i becomes W[i, j] of its Dense layer,
    /// its bias w0 becomes b[j], and each layer's activation follows it.
    /// </summary>
    public static Sequential<T> ToSequential<T>(this Mlp mlp) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(mlp);
        var network = new Sequential<T>();
        foreach (var layer in mlp.Layers)
        {
            // The initialiser is irrelevant: every weight is overwritten below. A fixed seed keeps this deterministic.
            var dense = new Dense<T>(layer.Inputs, layer.Outputs, new Random(0));
            for (int j = 0; j < layer.Outputs; j++)
            {
                var neuron = layer.Neurons[j];
                for (int i = 0; i < layer.Inputs; i++)
                    dense.Weights[i, j] = T.CreateChecked(neuron.Weights[i].Data);
                dense.Bias[0, j] = T.CreateChecked(neuron.Bias.Data);
            }
            network.Add(dense);
            if (layer.Activation != Activation.Identity)
                network.Add(Activations.Layer<T>(layer.Activation));
        }
        return network;
    }
}
