using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>One step of a batched network: an explicit forward pass and its backward pass.</summary>
public interface ILayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    string Name { get; }

    /// <summary>
    /// Computes the output for a batch (rows = examples) and caches what <see cref="Backward"/> needs.
    /// The returned tensor is the layer's own buffer: it is overwritten by the next call.
    /// </summary>
    Tensor<T> Forward(Tensor<T> input, bool training = true);

    /// <summary>
    /// Given ∂J/∂output for the batch last seen by Forward, adds ∂J/∂W to each parameter's gradient and returns ∂J/∂input
    /// (again the layer's own buffer).
    /// </summary>
    Tensor<T> Backward(Tensor<T> outputGradient);

    IReadOnlyList<Parameter<T>> Parameters { get; }

    /// <summary>Features per example that come out, given the features that go in; throws when the layer cannot take that many.</summary>
    int OutputSize(int inputSize);
}
