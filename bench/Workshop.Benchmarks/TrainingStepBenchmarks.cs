using BenchmarkDotNet.Attributes;
using Workshop.DeepLearning;

namespace Workshop.Benchmarks;

/// <summary>
/// One whole training step of the 784-128-10 ReLU MLP with softmax cross-entropy and SGD at batch 64 (float):
/// forward, loss, zero grads, backward, update — <see cref="Trainer{T}.Step"/>. The memory diagnoser's
/// "Allocated" column shows that a steady-state step allocates nothing. `Threads` compares one thread with both
/// cores forced on every product (ParallelThreshold = 0); the library's default keeps batch 64 on one thread.
/// </summary>
[MemoryDiagnoser]
public class TrainingStepBenchmarks
{
    const int Batch = 64;
    Trainer<float> trainer = null!;
    Tensor<float> x = null!, y = null!;
    long savedThreshold;
    int savedThreads;

    public enum Threading { One, TwoForced }

    [Params(Threading.One, Threading.TwoForced)]
    public Threading Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        savedThreshold = Kernels.ParallelThreshold;
        savedThreads = Kernels.MaxThreads;
        Kernels.MaxThreads = Threads == Threading.One ? 1 : Environment.ProcessorCount;
        if (Threads == Threading.TwoForced) Kernels.ParallelThreshold = 0;

        var random = new Random(4);
        // Fashion-MNIST-like inputs: pixels in [0, 1], labels 0…9.
        x = Tensor<float>.Zeros(Batch, 784);
        var pixels = x.Span;
        for (int i = 0; i < pixels.Length; i++) pixels[i] = (float)random.NextDouble();
        y = Tensor<float>.Zeros(Batch, 1);
        for (int i = 0; i < Batch; i++) y[i, 0] = random.Next(10);
        var network = Sequential<float>.Mlp([784, 128, 10], Activation.Relu, Activation.Identity, new Random(1));
        trainer = new Trainer<float>(network, new SoftmaxCrossEntropy<float>(), new TrainerOptions(LearningRate: 0.01, BatchSize: Batch));
        trainer.Step(x, y); // the first step creates the buffers
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Kernels.ParallelThreshold = savedThreshold;
        Kernels.MaxThreads = savedThreads;
    }

    [Benchmark] public double TrainingStep() => trainer.Step(x, y);
}
