using BenchmarkDotNet.Attributes;
using Workshop.DeepLearning;

namespace Workshop.Benchmarks;

/// <summary>
/// The layers of the 784-128-10 MLP at batch 64 (float): Dense 784→128 forward and backward, the activation layers
/// at 64×128, and softmax cross-entropy at 64×10; each beside the same arithmetic written with the reference kernels.
/// </summary>
[MemoryDiagnoser]
public class LayerBenchmarks
{
    const int Batch = 64, Inputs = 784, Hidden = 128, Classes = 10;
    readonly Dense<float> dense = new(Inputs, Hidden, new Random(1));
    readonly Relu<float> relu = new();
    readonly Sigmoid<float> sigmoid = new();
    readonly Tanh<float> tanh = new();
    readonly SoftmaxCrossEntropy<float> loss = new();
    Tensor<float> x = null!, dz = null!, hidden = null!, dHidden = null!, logits = null!, labels = null!, dLogits = null!;
    float[] scratch = [], scratchX = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2);
        x = Tensor<float>.FromSpan(Fill.Floats(random, Batch * Inputs), Batch, Inputs);
        dz = Tensor<float>.FromSpan(Fill.Floats(random, Batch * Hidden), Batch, Hidden);
        hidden = Tensor<float>.FromSpan(Fill.Floats(random, Batch * Hidden), Batch, Hidden);
        dHidden = Tensor<float>.FromSpan(Fill.Floats(random, Batch * Hidden), Batch, Hidden);
        logits = Tensor<float>.FromSpan(Fill.Floats(random, Batch * Classes), Batch, Classes);
        labels = Tensor<float>.Zeros(Batch, 1);
        for (int i = 0; i < Batch; i++) labels[i, 0] = random.Next(Classes);
        dLogits = Tensor<float>.Zeros(Batch, Classes);
        scratch = new float[Batch * Hidden];
        scratchX = new float[Batch * Inputs];
        // Every layer has seen a batch, so its buffers exist (the steady state of training).
        dense.Forward(x);
        relu.Forward(hidden);
        sigmoid.Forward(hidden);
        tanh.Forward(hidden);
    }

    [Benchmark] public Tensor<float> DenseForward() => dense.Forward(x);

    [Benchmark]
    public void DenseForwardReference()
    {
        ReferenceKernels.MatMul<float>(x.Span, dense.Weights.Span, scratch, Batch, Inputs, Hidden);
        ReferenceKernels.AddRowVector<float>(scratch, dense.Bias.Span, Batch, Hidden);
    }

    /// <summary>dW = Xᵀ·dZ, db = Σ dZ and dX = dZ·Wᵀ (after a forward on the same batch).</summary>
    [Benchmark] public Tensor<float> DenseBackward() => dense.Backward(dz);

    [Benchmark]
    public void DenseBackwardReference()
    {
        ReferenceKernels.MatMul<float>(x.Span, dz.Span, dense.Parameters[0].Gradient.Span, Inputs, Batch, Hidden, transposeA: true, accumulate: true);
        ReferenceKernels.SumRows<float>(dz.Span, dense.Parameters[1].Gradient.Span, Batch, Hidden, accumulate: true);
        ReferenceKernels.MatMul<float>(dz.Span, dense.Weights.Span, scratchX, Batch, Hidden, Inputs, transposeB: true);
    }

    [Benchmark] public Tensor<float> ReluForward() => relu.Forward(hidden);
    [Benchmark] public void ReluForwardReference() => ReferenceKernels.Relu<float>(hidden.Span, scratch);
    [Benchmark] public Tensor<float> ReluBackward() => relu.Backward(dHidden);
    [Benchmark] public void ReluBackwardReference() => ReferenceKernels.ReluBackward<float>(hidden.Span, dHidden.Span, scratch);

    [Benchmark] public Tensor<float> SigmoidForward() => sigmoid.Forward(hidden);
    [Benchmark] public void SigmoidForwardReference() => ReferenceKernels.Sigmoid<float>(hidden.Span, scratch);
    [Benchmark] public Tensor<float> SigmoidBackward() => sigmoid.Backward(dHidden);
    [Benchmark] public void SigmoidBackwardReference() => ReferenceKernels.SigmoidBackward<float>(hidden.Span, dHidden.Span, scratch);

    [Benchmark] public Tensor<float> TanhForward() => tanh.Forward(hidden);
    [Benchmark] public void TanhForwardReference() => ReferenceKernels.Tanh<float>(hidden.Span, scratch);
    [Benchmark] public Tensor<float> TanhBackward() => tanh.Backward(dHidden);
    [Benchmark] public void TanhBackwardReference() => ReferenceKernels.TanhBackward<float>(hidden.Span, dHidden.Span, scratch);

    /// <summary>The mean loss and its gradient (softmax − one-hot) / n, as a training step needs both.</summary>
    [Benchmark]
    public double SoftmaxCrossEntropyLossAndGradient()
    {
        double value = loss.Loss(logits, labels);
        loss.Gradient(logits, labels, dLogits);
        return value;
    }
}
