using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>The activation functions g and their derivatives g' as plain functions of one number, for charts and notebooks.</summary>
public static class Activations
{
    public static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));
    public static double SigmoidDerivative(double z) { double s = Sigmoid(z); return s * (1 - s); }

    public static double Tanh(double z) => Math.Tanh(z);
    public static double TanhDerivative(double z) { double t = Math.Tanh(z); return 1 - t * t; }

    public static double Relu(double z) => z > 0 ? z : 0;
    /// <summary>1 for z &gt; 0, else 0 (the kink at 0 gets 0, as in the layers).</summary>
    public static double ReluDerivative(double z) => z > 0 ? 1 : 0;

    public static double LeakyRelu(double z, double slope = 0.01) => z > 0 ? z : slope * z;
    public static double LeakyReluDerivative(double z, double slope = 0.01) => z > 0 ? 1 : slope;

    public static double Identity(double z) => z;
    public static double IdentityDerivative(double z) => 1;

    /// <summary>g(z) for the chosen activation.</summary>
    public static double Apply(Activation activation, double z) => activation switch
    {
        Activation.Identity => Identity(z),
        Activation.Sigmoid => Sigmoid(z),
        Activation.Tanh => Tanh(z),
        Activation.Relu => Relu(z),
        Activation.LeakyRelu => LeakyRelu(z),
        _ => throw new ArgumentException($"Unknown activation {activation}.", nameof(activation)),
    };

    /// <summary>g'(z) for the chosen activation.</summary>
    public static double Derivative(Activation activation, double z) => activation switch
    {
        Activation.Identity => IdentityDerivative(z),
        Activation.Sigmoid => SigmoidDerivative(z),
        Activation.Tanh => TanhDerivative(z),
        Activation.Relu => ReluDerivative(z),
        Activation.LeakyRelu => LeakyReluDerivative(z),
        _ => throw new ArgumentException($"Unknown activation {activation}.", nameof(activation)),
    };

    /// <summary>softmax(z)ᵢ = e^zᵢ / Σⱼ e^zⱼ, shifted by max z so it cannot overflow.</summary>
    public static double[] Softmax(IReadOnlyList<double> z)
    {
        ArgumentNullException.ThrowIfNull(z);
        if (z.Count == 0) throw new ArgumentException("Softmax needs at least one value.", nameof(z));
        double max = z.Max();
        var e = z.Select(v => Math.Exp(v - max)).ToArray();
        double sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }

    /// <summary>The batched layer for an activation (LeakyRelu with its default slope 0.01).</summary>
    public static ILayer<T> Layer<T>(Activation activation) where T : unmanaged, IFloatingPointIeee754<T> => activation switch
    {
        Activation.Identity => new Identity<T>(),
        Activation.Sigmoid => new Sigmoid<T>(),
        Activation.Tanh => new Tanh<T>(),
        Activation.Relu => new Relu<T>(),
        Activation.LeakyRelu => new LeakyRelu<T>(),
        _ => throw new ArgumentException($"Unknown activation {activation}.", nameof(activation)),
    };
}
