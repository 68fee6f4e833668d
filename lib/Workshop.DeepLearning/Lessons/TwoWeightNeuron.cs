using MathNet.Numerics.Distributions;

namespace Workshop.DeepLearning;

/// <summary>
/// The talk's smallest perceptron, ŷ = g(w0 + w1·x), as a batched network (Dense 1→1, then g) that remembers its two
/// weights after every optimisation step, so gradient descent can be drawn as a path on the loss landscape J(w0, w1).
/// Any optimiser and batch size of the library trains it, so the path shows what that optimiser really does.
/// </summary>
public sealed class TwoWeightNeuron
{
    private readonly Dense<double> dense;
    private readonly List<(double W0, double W1)> path = [];

    /// <summary>Starts at the given weights: w0 is the bias, w1 the weight of the one input.</summary>
    public TwoWeightNeuron(double w0, double w1, Activation activation = Activation.Identity)
    {
        if (!double.IsFinite(w0) || !double.IsFinite(w1))
            throw new ArgumentException($"TwoWeightNeuron needs finite starting weights; got w0 = {w0}, w1 = {w1}.");
        if (!Enum.IsDefined(activation))
            throw new ArgumentException($"TwoWeightNeuron got an unknown activation {activation}.", nameof(activation));
        dense = new Dense<double>(1, 1, new Random(0)); // the initialiser's draw is overwritten just below
        dense.Bias[0, 0] = w0;
        dense.Weights[0, 0] = w1;
        Network = new Sequential<double>(dense);
        if (activation != Activation.Identity) Network.Add(Activations.Layer<double>(activation));
        Activation = activation;
        path.Add((w0, w1));
    }

    /// <summary>The talk's step 1 (S25): both weights drawn from N(0, σ²) with <paramref name="random"/>.</summary>
    public static TwoWeightNeuron Random(double sigma, Random random, Activation activation = Activation.Identity)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!(sigma > 0) || double.IsInfinity(sigma))
            throw new ArgumentException($"TwoWeightNeuron.Random needs σ > 0; got {sigma}.", nameof(sigma));
        double w0 = Normal.Sample(random, 0, sigma), w1 = Normal.Sample(random, 0, sigma);
        return new TwoWeightNeuron(w0, w1, activation);
    }

    public Sequential<double> Network { get; }

    public Activation Activation { get; }

    /// <summary>The bias w0 now.</summary>
    public double W0 => dense.Bias[0, 0];

    /// <summary>The weight w1 now.</summary>
    public double W1 => dense.Weights[0, 0];

    /// <summary>(w0, w1) at the start and after every step so far.</summary>
    public IReadOnlyList<(double W0, double W1)> Path => path;

    /// <summary>
    /// Trains with the library's <see cref="Trainer{T}"/> (the optimiser named in the options, or <paramref name="optimizer"/>)
    /// and records (w0, w1) after every step. If the run diverges, <see cref="TrainingDivergedException"/> propagates and
    /// the path keeps every step taken before it.
    /// </summary>
    public TrainingHistory Train(Tensor<double> x, Tensor<double> y, ILoss<double> loss, TrainerOptions options,
        IOptimizer<double>? optimizer = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Cols != 1)
            throw new ArgumentException($"TwoWeightNeuron has one input; got {x.Cols} features per example.", nameof(x));
        var trainer = optimizer is null
            ? new Trainer<double>(Network, loss, options)
            : new Trainer<double>(Network, loss, options, optimizer);
        trainer.OnStep = _ => path.Add((W0, W1));
        return trainer.Fit(x, y);
    }

    public override string ToString() =>
        FormattableString.Invariant($"TwoWeightNeuron ŷ = {Activation}(w0 + w1·x) at w0 = {W0:G4}, w1 = {W1:G4} after {path.Count - 1} steps");
}
