using System.Runtime.Intrinsics;
using BenchmarkDotNet.Running;
using Workshop.DeepLearning;

// `-- gflops [size] [seconds]`: a quick Stopwatch measurement of the float matrix multiply, no BenchmarkDotNet.
// `-- threads`: one thread vs all cores at the notebook shapes (how the threading threshold was chosen).
// Anything else goes to BenchmarkDotNet (e.g. `--filter *MatMul*` or `--list flat`).
if (args.Length > 0 && args[0] == "gflops")
{
    int size = args.Length > 1 ? int.Parse(args[1]) : 512;
    double seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
    var duration = TimeSpan.FromSeconds(seconds);
    Console.WriteLine($"{Environment.ProcessorCount} cores; Vector256 accelerated: {Vector256.IsHardwareAccelerated}, Vector512: {Vector512.IsHardwareAccelerated}");
    Console.WriteLine($"MatMul float {size}³, 1 thread:  {KernelBenchmarks.MatMulGflops(size, duration, 1),6:F1} GFLOP/s");
    Console.WriteLine($"MatMul float {size}³, {Kernels.MaxThreads} threads: {KernelBenchmarks.MatMulGflops(size, duration),6:F1} GFLOP/s");
    Console.WriteLine($"MatMul double {size}³, 1 thread: {KernelBenchmarks.MatMulGflops<double>(size, size, size, duration, 1),6:F1} GFLOP/s");
    Console.WriteLine($"MatMul float 64×784×128 (batch-64 forward), 1 thread: {KernelBenchmarks.MatMulGflops<float>(64, 784, 128, duration, 1),6:F1} GFLOP/s");
    return;
}

if (args.Length > 0 && args[0] == "threads")
{
    Workshop.Benchmarks.ThreadingProbe.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
