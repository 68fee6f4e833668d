using System.Numerics;
using MathNet.Numerics.Distributions;

namespace Workshop.DeepLearning;

/// <summary>How a layer's first weights are drawn. All draw from N(0, σ²); they differ in how σ is chosen.</summary>
public abstract class Initializer
{
    public abstract string Name { get; }

    /// <summary>σ for a weight matrix with <paramref name="fanIn"/> inputs and <paramref name="fanOut"/> outputs.</summary>
    public abstract double Sigma(int fanIn, int fanOut);

    /// <summary>Fills a fanIn×fanOut weight tensor with draws from N(0, σ²) using <paramref name="random"/>, row by row.</summary>
    public void Fill<T>(Tensor<T> weights, Random random) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(random);
        double sigma = Sigma(weights.Rows, weights.Cols);
        var span = weights.Span;
        for (int i = 0; i < span.Length; i++) span[i] = T.CreateChecked(Normal.Sample(random, 0.0, sigma));
    }

    public override string ToString() => Name;
}

public static class Initializers
{
    /// <summary>The talk's recipe (S25): every weight ~ N(0, σ²) with a σ you choose.</summary>
    public static Initializer Normal(double sigma)
    {
        if (!(sigma > 0) || double.IsInfinity(sigma))
            throw new ArgumentException($"Normal initialiser needs σ > 0; got {sigma}.", nameof(sigma));
        return new Fixed(sigma);
    }

    /// <summary>Xavier/Glorot: σ² = 2 / (fanIn + fanOut), keeps the signal's variance steady through tanh and sigmoid layers.</summary>
    public static Initializer Xavier { get; } = new Glorot();

    /// <summary>He: σ² = 2 / fanIn, makes up for ReLU zeroing half of its inputs.</summary>
    public static Initializer He { get; } = new HeNormal();

    private sealed class Fixed(double sigma) : Initializer
    {
        public override string Name => $"Normal(0, {sigma}²)";
        public override double Sigma(int fanIn, int fanOut) => sigma;
    }

    private sealed class Glorot : Initializer
    {
        public override string Name => "Xavier";
        public override double Sigma(int fanIn, int fanOut) => Math.Sqrt(2.0 / (fanIn + fanOut));
    }

    private sealed class HeNormal : Initializer
    {
        public override string Name => "He";
        public override double Sigma(int fanIn, int fanOut) => Math.Sqrt(2.0 / fanIn);
    }
}
