using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>
/// A fully connected layer: Z = X·W + b for a whole batch X (examples × inputs).
/// Weights start from <see cref="Initializers.Xavier"/> unless another initialiser is given; biases start at 0.
/// </summary>
public sealed class Dense<T> : ILayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Parameter<T>[] parameters;
    private Tensor<T>? input;
    private Tensor<T>? output;
    private Tensor<T>? inputGradient;

    public Dense(int inputs, int outputs, Random random, Initializer? initializer = null)
    {
        if (inputs < 1) throw new ArgumentException($"Dense layer needs at least 1 input; got {inputs}.", nameof(inputs));
        if (outputs < 1) throw new ArgumentException($"Dense layer needs at least 1 output; got {outputs}.", nameof(outputs));
        ArgumentNullException.ThrowIfNull(random);
        Inputs = inputs;
        Outputs = outputs;
        Name = $"Dense {inputs}→{outputs}";
        Initializer = initializer ?? Initializers.Xavier;
        var weights = Tensor<T>.Zeros(inputs, outputs);
        Initializer.Fill(weights, random);
        parameters =
        [
            new Parameter<T>($"{Name} weights", weights),
            new Parameter<T>($"{Name} bias", Tensor<T>.Zeros(1, outputs), isBias: true),
        ];
    }

    public string Name { get; }
    public int Inputs { get; }
    public int Outputs { get; }
    public Initializer Initializer { get; }

    /// <summary>W: inputs × outputs, so column j holds the weights of neuron j.</summary>
    public Tensor<T> Weights => parameters[0].Value;

    /// <summary>b: 1 × outputs.</summary>
    public Tensor<T> Bias => parameters[1].Value;

    public IReadOnlyList<Parameter<T>> Parameters => parameters;

    public int OutputSize(int inputSize)
    {
        if (inputSize != Inputs)
            throw new ArgumentException($"{Name} got {inputSize} features per example; expected {Inputs}.", nameof(inputSize));
        return Outputs;
    }

    public Tensor<T> Forward(Tensor<T> input, bool training = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        OutputSize(input.Cols);
        this.input = input;
        output = Tensor<T>.Reuse(output, input.Rows, Outputs);
        Kernels.MatMul<T>(input.Span, Weights.Span, output.Span, input.Rows, Inputs, Outputs);
        Kernels.AddRowVector<T>(output.Span, Bias.Span, input.Rows, Outputs);
        return output;
    }

    public Tensor<T> Backward(Tensor<T> outputGradient) => Backward(outputGradient, computeInputGradient: true)!;

    /// <summary>
    /// Backward without dX when nothing needs it (the first layer while training): that matmul is a third of the layer's cost.
    /// </summary>
    internal Tensor<T>? Backward(Tensor<T> outputGradient, bool computeInputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        if (input is null) throw new InvalidOperationException($"{Name}: call Forward before Backward.");
        if (outputGradient.Rows != input.Rows || outputGradient.Cols != Outputs)
            throw new ArgumentException(
                $"{Name} got an output gradient of shape {outputGradient.Shape}; expected {input.Rows}×{Outputs} like its last output.",
                nameof(outputGradient));
        int rows = input.Rows;
        // dW += Xᵀ·dZ
        Kernels.MatMul<T>(input.Span, outputGradient.Span, parameters[0].Gradient.Span, Inputs, rows, Outputs,
            transposeA: true, accumulate: true);
        // db += Σ over the batch of dZ
        Kernels.SumRows<T>(outputGradient.Span, parameters[1].Gradient.Span, rows, Outputs, accumulate: true);
        if (!computeInputGradient) return null;
        // dX = dZ·Wᵀ
        inputGradient = Tensor<T>.Reuse(inputGradient, rows, Inputs);
        Kernels.MatMul<T>(outputGradient.Span, Weights.Span, inputGradient.Span, rows, Outputs, Inputs, transposeB: true);
        return inputGradient;
    }

    public override string ToString() => Name;
}
