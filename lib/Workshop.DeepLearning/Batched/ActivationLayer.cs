using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>
/// Shared plumbing of the element-wise activation layers y = g(z): buffers, shape checks, caching z and y.
/// Each subclass computes g and g' over a whole batch: ReLU, sigmoid and tanh call the vectorised <see cref="Kernels"/>
/// (their plain loops are in <see cref="ReferenceKernels"/>), the others are plain loops here.
/// </summary>
public abstract class ActivationLayer<T> : ILayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private Tensor<T>? input;
    private Tensor<T>? output;
    private Tensor<T>? inputGradient;

    public abstract string Name { get; }

    public IReadOnlyList<Parameter<T>> Parameters => [];

    public int OutputSize(int inputSize) => inputSize;

    public Tensor<T> Forward(Tensor<T> input, bool training = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        this.input = input;
        output = Tensor<T>.Reuse(output, input.Rows, input.Cols);
        Apply(input.Span, output.Span, input.Cols);
        return output;
    }

    public Tensor<T> Backward(Tensor<T> outputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        if (input is null || output is null) throw new InvalidOperationException($"{Name}: call Forward before Backward.");
        if (outputGradient.Rows != output.Rows || outputGradient.Cols != output.Cols)
            throw new ArgumentException(
                $"{Name} got an output gradient of shape {outputGradient.Shape}; expected {output.Shape} like its last output.",
                nameof(outputGradient));
        inputGradient = Tensor<T>.Reuse(inputGradient, output.Rows, output.Cols);
        ApplyBackward(input.Span, output.Span, outputGradient.Span, inputGradient.Span, output.Cols);
        return inputGradient;
    }

    /// <summary>y = g(z) for every element (cols is the row length, for layers that work per row).</summary>
    protected abstract void Apply(ReadOnlySpan<T> z, Span<T> y, int cols);

    /// <summary>dz = dy ⊙ g'(z), given z and y = g(z), whichever is cheaper to use.</summary>
    protected abstract void ApplyBackward(ReadOnlySpan<T> z, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dz, int cols);

    public override string ToString() => Name;
}

/// <summary>σ(z) = 1 / (1 + e^−z); σ'(z) = σ(z)(1 − σ(z)).</summary>
public sealed class Sigmoid<T> : ActivationLayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public override string Name => "Sigmoid";

    protected override void Apply(ReadOnlySpan<T> z, Span<T> y, int cols)
    {
        Kernels.Sigmoid(z, y);
    }

    protected override void ApplyBackward(ReadOnlySpan<T> z, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dz, int cols)
    {
        Kernels.SigmoidBackward(y, dy, dz);
    }
}

/// <summary>tanh(z); tanh'(z) = 1 − tanh²(z).</summary>
public sealed class Tanh<T> : ActivationLayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public override string Name => "Tanh";

    protected override void Apply(ReadOnlySpan<T> z, Span<T> y, int cols)
    {
        Kernels.Tanh(z, y);
    }

    protected override void ApplyBackward(ReadOnlySpan<T> z, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dz, int cols)
    {
        Kernels.TanhBackward(y, dy, dz);
    }
}

/// <summary>ReLU(z) = max(0, z); its derivative is 1 for z &gt; 0 and 0 otherwise (0 at z = 0 by convention).</summary>
public sealed class Relu<T> : ActivationLayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public override string Name => "ReLU";

    protected override void Apply(ReadOnlySpan<T> z, Span<T> y, int cols)
    {
        Kernels.Relu(z, y);
    }

    protected override void ApplyBackward(ReadOnlySpan<T> z, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dz, int cols)
    {
        Kernels.ReluBackward(z, dy, dz);
    }
}

/// <summary>Leaky ReLU: z for z &gt; 0, slope·z otherwise, so a neuron never stops learning entirely.</summary>
public sealed class LeakyRelu<T> : ActivationLayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly T slope;

    public LeakyRelu(double slope = 0.01)
    {
        if (!(slope >= 0 && slope < 1))
            throw new ArgumentException($"LeakyReLU slope must be in [0, 1); got {slope}.", nameof(slope));
        Slope = slope;
        this.slope = T.CreateChecked(slope);
    }

    public double Slope { get; }
    public override string Name => "LeakyReLU";

    protected override void Apply(ReadOnlySpan<T> z, Span<T> y, int cols)
    {
        for (int i = 0; i < z.Length; i++) y[i] = z[i] > T.Zero ? z[i] : slope * z[i];
    }

    protected override void ApplyBackward(ReadOnlySpan<T> z, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dz, int cols)
    {
        for (int i = 0; i < z.Length; i++) dz[i] = z[i] > T.Zero ? dy[i] : slope * dy[i];
    }
}

/// <summary>g(z) = z: a layer that changes nothing (for a regression output).</summary>
public sealed class Identity<T> : ActivationLayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public override string Name => "Identity";

    protected override void Apply(ReadOnlySpan<T> z, Span<T> y, int cols) => z.CopyTo(y);

    protected override void ApplyBackward(ReadOnlySpan<T> z, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dz, int cols) => dy.CopyTo(dz);
}

/// <summary>
/// Softmax over each row: yᵢ = e^zᵢ / Σⱼ e^zⱼ, computed as e^(zᵢ − max z) so large logits do not overflow.
/// For training a classifier prefer an Identity output with <see cref="SoftmaxCrossEntropy{T}"/>, which is more stable.
/// </summary>
public sealed class Softmax<T> : ActivationLayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public override string Name => "Softmax";

    protected override void Apply(ReadOnlySpan<T> z, Span<T> y, int cols)
    {
        for (int start = 0; start < z.Length; start += cols)
            SoftmaxRow(z.Slice(start, cols), y.Slice(start, cols));
    }

    // The Jacobian is diag(y) − y·yᵀ, so dzᵢ = yᵢ (dyᵢ − Σⱼ dyⱼ yⱼ).
    protected override void ApplyBackward(ReadOnlySpan<T> z, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dz, int cols)
    {
        for (int start = 0; start < y.Length; start += cols)
        {
            T dot = T.Zero;
            for (int j = start; j < start + cols; j++) dot += dy[j] * y[j];
            for (int j = start; j < start + cols; j++) dz[j] = y[j] * (dy[j] - dot);
        }
    }

    internal static void SoftmaxRow(ReadOnlySpan<T> z, Span<T> y)
    {
        T max = z[0];
        for (int j = 1; j < z.Length; j++) max = T.Max(max, z[j]);
        T sum = T.Zero;
        for (int j = 0; j < z.Length; j++)
        {
            y[j] = T.Exp(z[j] - max);
            sum += y[j];
        }
        for (int j = 0; j < z.Length; j++) y[j] /= sum;
    }
}
