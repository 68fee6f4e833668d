namespace Workshop.Benchmarks;

/// <summary>One matrix-multiply problem: op(A) is M×K, op(B) is K×N; the name says which layer pass uses it.</summary>
public sealed record MatMulShape(int M, int K, int N, bool TransposeA, bool TransposeB, string Use)
{
    /// <summary>The notebooks' 784-128-10 MLP at batch 64: forward, dW = Xᵀ·dZ and dX = dZ·Wᵀ of both layers.</summary>
    public static IEnumerable<MatMulShape> Notebook =>
    [
        new(64, 784, 128, false, false, "fwd1"),
        new(784, 64, 128, true, false, "dW1"),
        new(64, 128, 10, false, false, "fwd2"),
        new(128, 64, 10, true, false, "dW2"),
        new(64, 10, 128, false, true, "dX2"),
    ];

    /// <summary>Square products for comparison with BLAS figures (and the dX = dZ·Wᵀ layout at 256).</summary>
    public static IEnumerable<MatMulShape> Square =>
    [
        new(256, 256, 256, false, false, "square"),
        new(256, 256, 256, false, true, "square-Bt"),
        new(256, 256, 256, true, false, "square-At"),
        new(512, 512, 512, false, false, "square"),
    ];

    public long MultiplyAdds => (long)M * K * N;

    // BenchmarkDotNet prints this in the Shape column and matches --filter against it.
    public override string ToString() => $"{M}x{K}x{N}{(TransposeA ? "-At" : "")}{(TransposeB ? "-Bt" : "")}";
}
