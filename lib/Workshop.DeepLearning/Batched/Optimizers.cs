using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>Updates parameters from their gradients. State (velocities, moments) is kept per parameter.</summary>
public interface IOptimizer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    string Name { get; }

    /// <summary>The step size η; may be changed between steps (a schedule).</summary>
    double LearningRate { get; set; }

    void Step(IReadOnlyList<Parameter<T>> parameters);
}

internal static class OptimizerChecks
{
    public static double LearningRate(string optimizer, double value) =>
        value > 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentException($"{optimizer}: the learning rate η must be > 0; got {value}.", "learningRate");

    public static double Beta(string optimizer, string name, double value) =>
        value >= 0 && value < 1
            ? value
            : throw new ArgumentException($"{optimizer}: {name} must be in [0, 1); got {value}.", name);
}

/// <summary>Plain gradient descent, the talk's update (S25): W ← W − η ∂J/∂W.</summary>
public sealed class Sgd<T>(double learningRate) : IOptimizer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private double learningRate = OptimizerChecks.LearningRate("SGD", learningRate);

    public string Name => "SGD";

    public double LearningRate
    {
        get => learningRate;
        set => learningRate = OptimizerChecks.LearningRate(Name, value);
    }

    public void Step(IReadOnlyList<Parameter<T>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        T eta = T.CreateChecked(learningRate);
        for (int p = 0; p < parameters.Count; p++)
        {
            // W ← W − η g is y += αx with α = −η: one vectorised pass.
            Kernels.Axpy(-eta, parameters[p].Gradient.Span, parameters[p].Value.Span);
        }
    }

    public override string ToString() => $"SGD(η = {learningRate})";
}

/// <summary>
/// Gradient descent with momentum: v ← β v + ∂J/∂W; W ← W − η v.
/// The velocity v averages recent gradients, which damps zig-zags across a narrow valley.
/// </summary>
public sealed class Momentum<T> : IOptimizer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Dictionary<Parameter<T>, T[]> velocities = new(ReferenceEqualityComparer.Instance);
    private double learningRate;

    public Momentum(double learningRate, double beta = 0.9)
    {
        this.learningRate = OptimizerChecks.LearningRate("Momentum", learningRate);
        Beta = OptimizerChecks.Beta("Momentum", nameof(beta), beta);
    }

    public string Name => "Momentum";
    public double Beta { get; }

    public double LearningRate
    {
        get => learningRate;
        set => learningRate = OptimizerChecks.LearningRate(Name, value);
    }

    public void Step(IReadOnlyList<Parameter<T>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        T eta = T.CreateChecked(learningRate), beta = T.CreateChecked(Beta);
        for (int p = 0; p < parameters.Count; p++)
        {
            var parameter = parameters[p];
            if (!velocities.TryGetValue(parameter, out var v))
                velocities[parameter] = v = new T[parameter.Count];
            var w = parameter.Value.Span;
            ReadOnlySpan<T> g = parameter.Gradient.Span;
            for (int i = 0; i < w.Length; i++)
            {
                v[i] = beta * v[i] + g[i];
                w[i] -= eta * v[i];
            }
        }
    }

    public override string ToString() => $"Momentum(η = {learningRate}, β = {Beta})";
}

/// <summary>
/// Adam: running means of the gradient (m) and of its square (v), bias-corrected, give each weight its own step size:
/// W ← W − η m̂ / (√v̂ + ε).
/// </summary>
public sealed class Adam<T> : IOptimizer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Dictionary<Parameter<T>, (T[] M, T[] V)> moments = new(ReferenceEqualityComparer.Instance);
    private double learningRate;
    private int steps;

    public Adam(double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
    {
        this.learningRate = OptimizerChecks.LearningRate("Adam", learningRate);
        Beta1 = OptimizerChecks.Beta("Adam", nameof(beta1), beta1);
        Beta2 = OptimizerChecks.Beta("Adam", nameof(beta2), beta2);
        if (!(epsilon > 0)) throw new ArgumentException($"Adam: epsilon must be > 0; got {epsilon}.", nameof(epsilon));
        Epsilon = epsilon;
    }

    public string Name => "Adam";
    public double Beta1 { get; }
    public double Beta2 { get; }
    public double Epsilon { get; }

    public double LearningRate
    {
        get => learningRate;
        set => learningRate = OptimizerChecks.LearningRate(Name, value);
    }

    public void Step(IReadOnlyList<Parameter<T>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        steps++;
        // Fold both bias corrections into the step size: η √(1 − β2ᵗ) / (1 − β1ᵗ).
        double correctedRate = learningRate * Math.Sqrt(1 - Math.Pow(Beta2, steps)) / (1 - Math.Pow(Beta1, steps));
        T eta = T.CreateChecked(correctedRate);
        T b1 = T.CreateChecked(Beta1), b2 = T.CreateChecked(Beta2);
        T oneMinusB1 = T.One - b1, oneMinusB2 = T.One - b2;
        // ε is added to √v̂, so rescale it to sit next to √v (uncorrected).
        T eps = T.CreateChecked(Epsilon * Math.Sqrt(1 - Math.Pow(Beta2, steps)));
        for (int p = 0; p < parameters.Count; p++)
        {
            var parameter = parameters[p];
            if (!moments.TryGetValue(parameter, out var state))
                moments[parameter] = state = (new T[parameter.Count], new T[parameter.Count]);
            var (m, v) = state;
            var w = parameter.Value.Span;
            ReadOnlySpan<T> g = parameter.Gradient.Span;
            for (int i = 0; i < w.Length; i++)
            {
                m[i] = b1 * m[i] + oneMinusB1 * g[i];
                v[i] = b2 * v[i] + oneMinusB2 * g[i] * g[i];
                w[i] -= eta * m[i] / (T.Sqrt(v[i]) + eps);
            }
        }
    }

    public override string ToString() => $"Adam(η = {learningRate}, β1 = {Beta1}, β2 = {Beta2})";
}
