using System.Diagnostics;
using Workshop.DeepLearning;

namespace Workshop.Cli.Bench;

/// <summary>
/// The training benchmark: the 784-128-10 ReLU MLP, softmax cross-entropy, SGD (η = 0.1) at batch 64,
/// timed over whole epochs of <see cref="Trainer{T}.Fit"/> (shuffling and batch copying included), in float.
/// </summary>
public static class TrainingThroughput
{
    public const int BatchSize = 64;
    public const double LearningRate = 0.1;

    /// <param name="CpuTime">Processor time the whole process got meanwhile: on a shared machine it shows how much of a core
    /// the run really had (examples per CPU-second is then close to what an idle core would do).</param>
    public sealed record Result(double ExamplesPerSecond, double TestAccuracy, int Examples, int Epochs, TimeSpan Elapsed, TimeSpan CpuTime)
    {
        public double ExamplesPerCpuSecond => Epochs * (double)Examples / CpuTime.TotalSeconds;
    }

    public static Result Measure(Tensor<float> x, Tensor<float> y, Tensor<float> testX, Tensor<float> testY, int warmUpEpochs, int epochs)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (epochs < 1) throw new ArgumentException($"TrainingThroughput needs at least 1 timed epoch; got {epochs}.", nameof(epochs));
        // The warm-up trains a network of its own, so the timed run starts from the same weights as any other run.
        if (warmUpEpochs > 0) Trainer(warmUpEpochs, seed: 2).Fit(x, y);

        var trainer = Trainer(epochs, seed: 1);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        trainer.Fit(x, y);
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var (_, accuracy) = trainer.Evaluate(testX, testY);
        return new Result(epochs * (double)x.Rows / watch.Elapsed.TotalSeconds, accuracy, x.Rows, epochs, watch.Elapsed, cpu);
    }

    static Trainer<float> Trainer(int epochs, int seed)
    {
        var network = Sequential<float>.Mlp([784, 128, 10], Activation.Relu, Activation.Identity, new Random(seed));
        return new Trainer<float>(network, new SoftmaxCrossEntropy<float>(),
            new TrainerOptions(LearningRate: LearningRate, Epochs: epochs, BatchSize: BatchSize, Seed: seed));
    }
}
