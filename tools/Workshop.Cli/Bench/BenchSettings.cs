namespace Workshop.Cli.Bench;

/// <summary>
/// How big each part of `workshop bench` is. <see cref="Full"/> is the documented run (a few minutes on 2 cores),
/// <see cref="Quick"/> a smoke test for CI; tests build tinier ones.
/// </summary>
/// <param name="TrainExamples">Fashion-MNIST training examples used (at most the 30 000 of the split).</param>
/// <param name="TestExamples">Fashion-MNIST test examples used for the accuracies (at most 10 000).</param>
/// <param name="WarmUpEpochs">Untimed epochs first (JIT, packing buffers), on a separate network.</param>
/// <param name="Epochs">Timed epochs of the MLP.</param>
/// <param name="MatMulSize">Side of the square float MatMul measured.</param>
/// <param name="MatMulSeconds">Time spent on each MatMul measurement (best of five rounds).</param>
/// <param name="ScalarSteps">Full-batch steps of micrograd's demo (100 in the demo).</param>
/// <param name="MlNetTrainExamples">Training examples given to the ML.NET trainers (0 skips them).</param>
/// <param name="MlNetIterations">SDCA passes over the data and LightGBM boosting rounds.</param>
public sealed record BenchSettings(
    int TrainExamples,
    int TestExamples,
    int WarmUpEpochs,
    int Epochs,
    int MatMulSize,
    double MatMulSeconds,
    int ScalarSteps,
    int MlNetTrainExamples,
    int MlNetIterations)
{
    public static BenchSettings Full { get; } = new(30_000, 10_000, 1, 2, 512, 3, 100, 30_000, 20);

    public static BenchSettings Quick { get; } = new(5_000, 2_000, 1, 1, 512, 0.5, 100, 2_000, 5);

    /// <summary>The targets of issue 9, on the 2-core CI machine.</summary>
    public const double TargetExamplesPerSecond = 35_000;
    public const double TargetGflops = 25;
    public const double TargetScalarSeconds = 3;
}
