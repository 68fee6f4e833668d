namespace Workshop.DeepLearning;

/// <summary>
/// The talk's perceptron built from <see cref="Value"/>s: z = w0 + Σ xᵢwᵢ, ŷ = g(z).
/// Weights start uniform in (-1, 1) and the bias w0 at 0, as in micrograd.
/// </summary>
public sealed class Neuron
{
    private readonly Value[] _weights;
    private readonly Value[] _parameters;

    public Neuron(int inputs, Random random, Activation activation = Activation.Tanh)
    {
        if (inputs <= 0)
            throw new ArgumentException($"Neuron needs at least one input; got {inputs}.", nameof(inputs));
        ArgumentNullException.ThrowIfNull(random);
        if (!Enum.IsDefined(activation))
            throw new ArgumentException($"Neuron got an unknown activation {activation}.", nameof(activation));

        _weights = new Value[inputs];
        for (var i = 0; i < inputs; i++)
            _weights[i] = new Value(random.NextDouble() * 2 - 1, $"w{i + 1}");
        Bias = new Value(0, "w0");
        Activation = activation;
        _parameters = [.. _weights, Bias]; // micrograd's order: weights, then bias
    }

    /// <summary>w1 … wn, one per input.</summary>
    public IReadOnlyList<Value> Weights => _weights;

    /// <summary>The talk's w0, added to the weighted sum.</summary>
    public Value Bias { get; }

    public Activation Activation { get; }

    public int Inputs => _weights.Length;

    public Value Forward(IReadOnlyList<Value> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Count != _weights.Length)
            throw new ArgumentException($"{this} got {x.Count} inputs; expected {_weights.Length}.", nameof(x));

        var z = Bias;
        for (var i = 0; i < _weights.Length; i++)
            z += x[i] * _weights[i];
        return z.Apply(Activation);
    }

    /// <summary>The weights w1 … wn, then the bias w0.</summary>
    public IReadOnlyList<Value> Parameters() => _parameters;

    public void ZeroGrad()
    {
        foreach (var p in _parameters)
            p.Grad = 0;
    }

    public override string ToString() => $"Neuron ({_weights.Length} inputs, {Activation})";
}
