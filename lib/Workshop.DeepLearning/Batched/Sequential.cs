using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>One row of <see cref="Sequential{T}.Summary"/>: a layer, the shape it outputs, and how many parameters it has.</summary>
public sealed record LayerSummary(string Layer, string OutputShape, int Parameters);

/// <summary>A network: layers applied one after another. Forward goes first to last, Backward last to first.</summary>
public sealed class Sequential<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly List<ILayer<T>> layers = [];
    private readonly List<Parameter<T>> parameters = [];

    public Sequential(params ILayer<T>[] layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        foreach (var layer in layers) Add(layer);
    }

    public IReadOnlyList<ILayer<T>> Layers => layers;

    /// <summary>Features per example the network expects (from its first layer that fixes it), or null if none does.</summary>
    public int? InputSize { get; private set; }

    /// <summary>Features per example the network outputs, or null while it is unknown.</summary>
    public int? OutputSize { get; private set; }

    public int ParameterCount => parameters.Sum(p => p.Count);

    /// <summary>Adds a layer at the end, checking that it accepts what the previous layers output.</summary>
    public Sequential<T> Add(ILayer<T> layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (OutputSize is int previous)
        {
            try { OutputSize = layer.OutputSize(previous); }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"{layer.Name} cannot follow {layers[^1].Name}: {e.Message}", nameof(layer), e);
            }
        }
        else if (layer is Dense<T> dense)
        {
            InputSize ??= dense.Inputs;
            OutputSize = dense.Outputs;
        }
        layers.Add(layer);
        parameters.AddRange(layer.Parameters);
        return this;
    }

    /// <summary>
    /// A multilayer perceptron: Dense layers between the given sizes (input first, e.g. [2, 16, 16, 1]),
    /// the hidden activation after each hidden layer and the output activation at the end (none for Identity).
    /// Weights use He initialisation for ReLU-like hidden layers and Xavier otherwise.
    /// </summary>
    public static Sequential<T> Mlp(int[] sizes, Activation hidden, Activation output, Random random)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(random);
        if (sizes.Length < 2)
            throw new ArgumentException($"Mlp needs at least an input and an output size; got [{string.Join(", ", sizes)}].", nameof(sizes));
        if (sizes.Any(s => s < 1))
            throw new ArgumentException($"Mlp layer sizes must all be ≥ 1; got [{string.Join(", ", sizes)}].", nameof(sizes));
        var init = hidden is Activation.Relu or Activation.LeakyRelu ? Initializers.He : Initializers.Xavier;
        var network = new Sequential<T>();
        for (int i = 0; i < sizes.Length - 1; i++)
        {
            bool last = i == sizes.Length - 2;
            network.Add(new Dense<T>(sizes[i], sizes[i + 1], random, last ? Initializers.Xavier : init));
            var activation = last ? output : hidden;
            if (activation != Activation.Identity) network.Add(Activations.Layer<T>(activation));
        }
        return network;
    }

    /// <summary>Runs the batch through every layer. The result is the last layer's buffer, overwritten by the next call.</summary>
    public Tensor<T> Forward(Tensor<T> input, bool training = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (layers.Count == 0) throw new InvalidOperationException("Sequential has no layers yet; Add some first.");
        var x = input;
        for (int i = 0; i < layers.Count; i++) x = layers[i].Forward(x, training);
        return x;
    }

    /// <summary>Backpropagates ∂J/∂output through every layer (last to first), accumulating parameter gradients; returns ∂J/∂input.</summary>
    public Tensor<T> Backward(Tensor<T> outputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        var g = outputGradient;
        for (int i = layers.Count - 1; i >= 0; i--) g = layers[i].Backward(g);
        return g;
    }

    /// <summary>Backward for a training step: the same parameter gradients, but no ∂J/∂input, which nobody uses there.</summary>
    internal void BackwardParameters(Tensor<T> outputGradient)
    {
        var g = outputGradient;
        for (int i = layers.Count - 1; i >= 1; i--) g = layers[i].Backward(g);
        if (layers[0] is Dense<T> first) first.Backward(g, computeInputGradient: false);
        else layers[0].Backward(g);
    }

    /// <summary>The network's outputs for <paramref name="x"/>, in a new tensor of its own.</summary>
    public Tensor<T> Predict(Tensor<T> x) => Forward(x, training: false).Clone();

    public IReadOnlyList<Parameter<T>> Parameters() => parameters;

    public void ZeroGrad()
    {
        for (int i = 0; i < parameters.Count; i++) parameters[i].ZeroGrad();
    }

    public IReadOnlyList<LayerSummary> Summary()
    {
        var rows = new List<LayerSummary>();
        int? size = InputSize;
        foreach (var layer in layers)
        {
            if (size is int s) size = layer.OutputSize(s);
            else if (layer is Dense<T> d) size = d.Outputs;
            rows.Add(new LayerSummary(layer.Name, $"batch×{(size is int n ? n.ToString() : "?")}", layer.Parameters.Sum(p => p.Count)));
        }
        return rows;
    }

    /// <summary>"Sequential: Dense 2→16, Tanh, Dense 16→1, Sigmoid — 65 parameters".</summary>
    public override string ToString() =>
        $"Sequential: {string.Join(", ", layers.Select(l => l.Name))} — {ParameterCount} parameters";
}
