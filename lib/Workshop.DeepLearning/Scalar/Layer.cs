namespace Workshop.DeepLearning;

/// <summary>A dense (fully connected) layer of the talk: every neuron sees every input.</summary>
public sealed class Layer
{
    private readonly Neuron[] _neurons;
    private readonly Value[] _parameters;

    public Layer(int inputs, int outputs, Random random, Activation activation = Activation.Tanh)
    {
        if (inputs <= 0)
            throw new ArgumentException($"Layer needs at least one input; got {inputs}.", nameof(inputs));
        if (outputs <= 0)
            throw new ArgumentException($"Layer needs at least one neuron (output); got {outputs}.", nameof(outputs));
        ArgumentNullException.ThrowIfNull(random);

        _neurons = new Neuron[outputs];
        for (var i = 0; i < outputs; i++)
            _neurons[i] = new Neuron(inputs, random, activation);
        _parameters = _neurons.SelectMany(n => n.Parameters()).ToArray();
        Inputs = inputs;
        Activation = activation;
    }

    public IReadOnlyList<Neuron> Neurons => _neurons;

    public int Inputs { get; }

    public int Outputs => _neurons.Length;

    public Activation Activation { get; }

    public Value[] Forward(IReadOnlyList<Value> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Count != Inputs)
            throw new ArgumentException($"{this} got {x.Count} inputs; expected {Inputs}.", nameof(x));

        var y = new Value[_neurons.Length];
        for (var i = 0; i < _neurons.Length; i++)
            y[i] = _neurons[i].Forward(x);
        return y;
    }

    /// <summary>Each neuron's parameters in turn (its weights, then its bias).</summary>
    public IReadOnlyList<Value> Parameters() => _parameters;

    public void ZeroGrad()
    {
        foreach (var p in _parameters)
            p.Grad = 0;
    }

    public override string ToString() => $"Layer {Inputs}→{Outputs} ({Activation})";
}
