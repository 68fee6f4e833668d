using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>A trainable tensor W with its gradient ∂J/∂W (same shape), which Backward accumulates into.</summary>
public sealed class Parameter<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public Parameter(string name, Tensor<T> value, bool isBias = false)
    {
        Name = name;
        Value = value;
        Gradient = Tensor<T>.Zeros(value.Rows, value.Cols);
        IsBias = isBias;
    }

    public string Name { get; }
    public Tensor<T> Value { get; }
    public Tensor<T> Gradient { get; }

    /// <summary>Biases are left out of the L2 penalty: shrinking them does not make the model simpler.</summary>
    public bool IsBias { get; }

    public int Count => Value.Rows * Value.Cols;

    public void ZeroGrad() => Gradient.Span.Clear();

    public override string ToString() => $"{Name} {Value.Shape}";
}
