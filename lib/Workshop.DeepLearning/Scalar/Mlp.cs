namespace Workshop.DeepLearning;

/// <summary>
/// A multilayer perceptron of <see cref="Value"/>s: dense layers one after another, the hidden ones with a
/// non-linearity, the last one with the output activation (identity by default, as in micrograd).
/// </summary>
public sealed class Mlp
{
    private readonly Layer[] _layers;
    private readonly Value[] _parameters;

    /// <param name="inputs">Features per example.</param>
    /// <param name="layerSizes">Neurons in each layer, the output layer last: [16, 16, 1] is micrograd's 2→16→16→1.</param>
    public Mlp(int inputs, IReadOnlyList<int> layerSizes, Random random,
        Activation hidden = Activation.Tanh, Activation output = Activation.Identity)
    {
        if (inputs <= 0)
            throw new ArgumentException($"Mlp needs at least one input; got {inputs}.", nameof(inputs));
        ArgumentNullException.ThrowIfNull(layerSizes);
        ArgumentNullException.ThrowIfNull(random);
        if (layerSizes.Count == 0)
            throw new ArgumentException("Mlp needs at least one layer size (the output layer); got none.", nameof(layerSizes));
        for (var i = 0; i < layerSizes.Count; i++)
            if (layerSizes[i] <= 0)
                throw new ArgumentException(
                    $"Mlp layer {i + 1} needs at least one neuron; got {layerSizes[i]} (sizes: {string.Join(", ", layerSizes)}).",
                    nameof(layerSizes));

        _layers = new Layer[layerSizes.Count];
        var fanIn = inputs;
        for (var i = 0; i < layerSizes.Count; i++)
        {
            var last = i == layerSizes.Count - 1;
            _layers[i] = new Layer(fanIn, layerSizes[i], random, last ? output : hidden);
            fanIn = layerSizes[i];
        }
        _parameters = _layers.SelectMany(l => l.Parameters()).ToArray();
        Inputs = inputs;
    }

    public IReadOnlyList<Layer> Layers => _layers;

    public int Inputs { get; }

    public int Outputs => _layers[^1].Outputs;

    public int ParameterCount => _parameters.Length;

    public Value[] Forward(IReadOnlyList<Value> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Count != Inputs)
            throw new ArgumentException($"{this} got {x.Count} inputs; expected {Inputs}.", nameof(x));

        var activations = x;
        Value[] y = [];
        foreach (var layer in _layers)
        {
            y = layer.Forward(activations);
            activations = y;
        }
        return y;
    }

    public Value[] Forward(params double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var values = new Value[x.Length];
        for (var i = 0; i < x.Length; i++)
            values[i] = new Value(x[i], $"x{i + 1}");
        return Forward(values);
    }

    /// <summary>The outputs as plain numbers (the graph built on the way is dropped).</summary>
    public double[] Predict(params double[] x)
    {
        var y = Forward(x);
        var result = new double[y.Length];
        for (var i = 0; i < y.Length; i++)
            result[i] = y[i].Data;
        return result;
    }

    /// <summary>Every weight and bias, layer by layer, neuron by neuron (weights, then bias).</summary>
    public IReadOnlyList<Value> Parameters() => _parameters;

    public void ZeroGrad()
    {
        foreach (var p in _parameters)
            p.Grad = 0;
    }

    public override string ToString() =>
        $"Mlp {Inputs}→{string.Join("→", _layers.Select(l => l.Outputs))} ({ParameterCount} parameters)";
}
