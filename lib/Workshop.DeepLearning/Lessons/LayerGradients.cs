using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>How big the gradient of one layer's weights is: the mean of |∂J/∂W| over its entries.</summary>
public sealed record LayerGradient(int Depth, string Layer, double MeanAbsGradient);

/// <summary>
/// Backpropagation sends the gradient from the loss back through the layers, each multiplying it by its own local
/// derivatives. Measuring the weights' gradient per layer shows whether it survives the trip (ReLU) or fades (deep sigmoid).
/// </summary>
public static class LayerGradients
{
    /// <summary>
    /// One forward and backward pass of <paramref name="network"/> on (x, y), then the mean |∂J/∂W| of every Dense layer's
    /// weights, first layer (Depth 1) first. The network's gradients are zeroed before and left filled after.
    /// </summary>
    public static IReadOnlyList<LayerGradient> Measure<T>(Sequential<T> network, ILoss<T> loss, Tensor<T> x, Tensor<T> y)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(loss);
        network.ZeroGrad();
        var predictions = network.Forward(x);
        network.Backward(loss.Gradient(predictions, y));
        return Of(network);
    }

    /// <summary>The mean |∂J/∂W| of every Dense layer's weights as they are now (after a Backward).</summary>
    public static IReadOnlyList<LayerGradient> Of<T>(Sequential<T> network) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        var result = new List<LayerGradient>();
        foreach (var dense in network.Layers.OfType<Dense<T>>())
        {
            ReadOnlySpan<T> g = dense.Parameters[0].Gradient.Span;
            double sum = 0;
            for (int i = 0; i < g.Length; i++) sum += Math.Abs(double.CreateChecked(g[i]));
            result.Add(new LayerGradient(result.Count + 1, dense.Name, sum / g.Length));
        }
        if (result.Count == 0)
            throw new ArgumentException($"{network} has no Dense layer; there are no weight gradients to measure.", nameof(network));
        return result;
    }
}
