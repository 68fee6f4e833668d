using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using Workshop.DeepLearning;
using static Workshop.Cli.Bench.BenchTable;

namespace Workshop.Cli.Bench;

/// <summary>Runs every part of `workshop bench` in one process and returns the table's rows.</summary>
public static class BenchRunner
{
    /// <param name="progress">One line per part as it starts (the table itself is the caller's to print).</param>
    /// <param name="dataFolder">The data/ folder; null finds it as <see cref="RealData"/> does.</param>
    public static IReadOnlyList<BenchRow> Run(BenchSettings settings, TextWriter progress, string? dataFolder = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var rows = new List<BenchRow>();

        progress.WriteLine("Loading Fashion-MNIST …");
        var (fullTrain, fullTest) = RealData.FashionMnist(dataFolder);
        var train = First(fullTrain, settings.TrainExamples);
        var test = First(fullTest, settings.TestExamples);

        progress.WriteLine($"Training the 784-128-10 MLP on {train.Count} examples ({settings.WarmUpEpochs} warm-up + {settings.Epochs} timed epochs) …");
        var training = TrainingThroughput.Measure(
            Tensor<float>.FromRows(train.Features), Tensor<float>.FromColumn(train.Targets),
            Tensor<float>.FromRows(test.Features), Tensor<float>.FromColumn(test.Targets),
            settings.WarmUpEpochs, settings.Epochs);
        rows.Add(new BenchRow(
            $"MLP 784-128-10 (ReLU, softmax CE, SGD η = {Fixed(TrainingThroughput.LearningRate, 1)}) training, batch 64, float, Fashion-MNIST: " +
            $"{training.Epochs} epoch(s) of {Count(training.Examples)} in {Fixed(training.Elapsed.TotalSeconds, 2)} s",
            $"{Count(training.ExamplesPerSecond)} examples/s (test accuracy {Percent(training.TestAccuracy)} on {Count(test.Count)}; " +
            $"{Fixed(training.CpuTime.TotalSeconds / training.Elapsed.TotalSeconds, 2)} cores busy, {Count(training.ExamplesPerCpuSecond)} examples per CPU-second)",
            $"≥ {Count(BenchSettings.TargetExamplesPerSecond)} examples/s",
            training.ExamplesPerSecond >= BenchSettings.TargetExamplesPerSecond));

        progress.WriteLine($"MatMul {settings.MatMulSize}³ …");
        var matMul = MatMulThroughput.Measure(settings.MatMulSize, settings.MatMulSeconds);
        string target = $"≥ {Fixed(BenchSettings.TargetGflops, 0)} GFLOP/s";
        rows.Add(new BenchRow($"MatMul {matMul.Size}³ float, 1 thread", $"{Fixed(matMul.OneThread, 1)} GFLOP/s", target,
            matMul.OneThread >= BenchSettings.TargetGflops));
        rows.Add(new BenchRow($"MatMul {matMul.Size}³ float, {matMul.Threads} threads", $"{Fixed(matMul.AllThreads, 1)} GFLOP/s", target,
            matMul.AllThreads >= BenchSettings.TargetGflops));

        progress.WriteLine($"Scalar Value level: micrograd's demo, {settings.ScalarSteps} steps …");
        var scalar = ScalarDemo.Run(settings.ScalarSteps);
        rows.Add(new BenchRow(
            $"Scalar `Value` level: micrograd's demo (two moons, 100 points, MLP 2-16-16-1, max-margin + L2), {scalar.Steps} full-batch steps",
            $"{Fixed(scalar.Elapsed.TotalSeconds, 2)} s (training accuracy {Percent(scalar.Accuracy)}, loss {Fixed(scalar.Loss, 4)})",
            $"≤ {Fixed(BenchSettings.TargetScalarSeconds, 0)} s",
            scalar.Elapsed.TotalSeconds <= BenchSettings.TargetScalarSeconds));

        if (settings.MlNetTrainExamples > 0)
        {
            var mlTrain = First(fullTrain, settings.MlNetTrainExamples);
            foreach (var trainer in new[] { MlNetBaseline.Trainer.SdcaMaximumEntropy, MlNetBaseline.Trainer.LightGbm })
            {
                progress.WriteLine($"ML.NET {trainer} on {mlTrain.Count} examples …");
                var ml = MlNetBaseline.Measure(trainer, mlTrain, test, settings.MlNetIterations);
                rows.Add(new BenchRow($"{ml.Name}, 1 thread, on {Count(mlTrain.Count)} training examples (for comparison)",
                    $"fit {Fixed(ml.FitTime.TotalSeconds, 1)} s (test accuracy {Percent(ml.TestAccuracy)})", "—", null));
            }
        }
        return rows;
    }

    /// <summary>Where and how the numbers were measured: they mean little without the machine and its load.</summary>
    public static string Context(string command, DateTime startedUtc, string? loadAverage)
    {
        string build = IsOptimized ? "Release" : "Debug (unoptimised: not representative)";
        string load = loadAverage is null ? "" : $", load average {loadAverage} at the start";
        return string.Create(CultureInfo.InvariantCulture,
            $"`{command}`, {startedUtc:yyyy-MM-dd HH:mm} UTC: " +
            $"{Environment.ProcessorCount} cores ({RuntimeInformation.ProcessArchitecture}){load}, {build} build, " +
            $".NET {Environment.Version}, Kernels.MaxThreads = {Kernels.MaxThreads}, ParallelThreshold = {Count(Kernels.ParallelThreshold)} multiply-adds.");
    }

    /// <summary>True when both this tool and the library were compiled with optimisations (a Release build).</summary>
    public static bool IsOptimized =>
        Optimized(typeof(BenchRunner).Assembly) && Optimized(typeof(Kernels).Assembly);

    static bool Optimized(Assembly assembly) =>
        assembly.GetCustomAttribute<DebuggableAttribute>() is not { IsJITOptimizerDisabled: true };

    /// <summary>The 1-minute load average (Linux), or null where the system does not say.</summary>
    public static string? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    static Dataset First(Dataset data, int count) =>
        count >= data.Count ? data : data.Take(Enumerable.Range(0, Math.Max(count, 1)).ToArray());
}
