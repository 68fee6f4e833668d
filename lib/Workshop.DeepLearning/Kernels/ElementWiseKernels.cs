using System.Numerics;
using System.Runtime.InteropServices;

namespace Workshop.DeepLearning;

// The element-wise kernels: one pass over contiguous memory, Vector<T> wide (8 floats with AVX2, 4 with NEON),
// then a scalar tail. Each has a reference version in ReferenceKernels.
public static partial class Kernels
{
    /// <summary>Adds <paramref name="row"/> (length cols) to every row of the rows×cols matrix <paramref name="c"/>: Z += b.</summary>
    public static void AddRowVector<T>(Span<T> c, ReadOnlySpan<T> row, int rows, int cols)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckMatrix("AddRowVector", c.Length, rows, cols);
        if (row.Length < cols) throw TooShort("AddRowVector", "the row vector", row.Length, 1, cols);
        row = row[..cols];
        for (int i = 0; i < rows; i++)
            Add(c.Slice(i * cols, cols), row);
    }

    /// <summary>Sums the rows of the rows×cols matrix <paramref name="a"/> into <paramref name="sums"/> (length cols): db = Σ dZ.</summary>
    public static void SumRows<T>(ReadOnlySpan<T> a, Span<T> sums, int rows, int cols, bool accumulate = false)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckMatrix("SumRows", a.Length, rows, cols);
        if (sums.Length < cols) throw TooShort("SumRows", "the sums", sums.Length, 1, cols);
        sums = sums[..cols];
        if (!accumulate) sums.Clear();
        for (int i = 0; i < rows; i++)
            Add(sums, a.Slice(i * cols, cols));
    }

    /// <summary>y = max(x, 0), element by element (y may be x itself).</summary>
    public static void Relu<T>(ReadOnlySpan<T> x, Span<T> y) where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckSameLength("Relu", "y", x.Length, y.Length);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var xv = MemoryMarshal.Cast<T, Vector<T>>(x);
            var yv = MemoryMarshal.Cast<T, Vector<T>>(y);
            for (; i < xv.Length; i++)
                yv[i] = Vector.ConditionalSelect(Vector.GreaterThan(xv[i], Vector<T>.Zero), xv[i], Vector<T>.Zero);
            i *= Vector<T>.Count;
        }
        for (; i < x.Length; i++) y[i] = x[i] > T.Zero ? x[i] : T.Zero;
    }

    /// <summary>dx = dy where x &gt; 0, else 0: the gradient through a ReLU whose input was x.</summary>
    public static void ReluBackward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx) where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckSameLength("ReluBackward", "dy", x.Length, dy.Length);
        CheckSameLength("ReluBackward", "dx", x.Length, dx.Length);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var xv = MemoryMarshal.Cast<T, Vector<T>>(x);
            var dyv = MemoryMarshal.Cast<T, Vector<T>>(dy);
            var dxv = MemoryMarshal.Cast<T, Vector<T>>(dx);
            for (; i < xv.Length; i++)
                dxv[i] = Vector.ConditionalSelect(Vector.GreaterThan(xv[i], Vector<T>.Zero), dyv[i], Vector<T>.Zero);
            i *= Vector<T>.Count;
        }
        for (; i < x.Length; i++) dx[i] = x[i] > T.Zero ? dy[i] : T.Zero;
    }

    /// <summary>y += alpha · x: the SGD update w -= lr · g is Axpy(-lr, g, w).</summary>
    public static void Axpy<T>(T alpha, ReadOnlySpan<T> x, Span<T> y) where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckSameLength("Axpy", "y", x.Length, y.Length);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var xv = MemoryMarshal.Cast<T, Vector<T>>(x);
            var yv = MemoryMarshal.Cast<T, Vector<T>>(y);
            var av = new Vector<T>(alpha);
            for (; i < xv.Length; i++) yv[i] += av * xv[i];
            i *= Vector<T>.Count;
        }
        for (; i < x.Length; i++) y[i] += alpha * x[i];
    }

    /// <summary>y = alpha · x (y may be x itself).</summary>
    public static void Scale<T>(T alpha, ReadOnlySpan<T> x, Span<T> y) where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckSameLength("Scale", "y", x.Length, y.Length);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var xv = MemoryMarshal.Cast<T, Vector<T>>(x);
            var yv = MemoryMarshal.Cast<T, Vector<T>>(y);
            var av = new Vector<T>(alpha);
            for (; i < xv.Length; i++) yv[i] = av * xv[i];
            i *= Vector<T>.Count;
        }
        for (; i < x.Length; i++) y[i] = alpha * x[i];
    }

    // y += x over equal lengths (callers slice first).
    static void Add<T>(Span<T> y, ReadOnlySpan<T> x) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var xv = MemoryMarshal.Cast<T, Vector<T>>(x);
            var yv = MemoryMarshal.Cast<T, Vector<T>>(y);
            for (; i < xv.Length; i++) yv[i] += xv[i];
            i *= Vector<T>.Count;
        }
        for (; i < x.Length; i++) y[i] += x[i];
    }

    static void CheckMatrix(string kernel, int length, int rows, int cols)
    {
        if (rows < 0 || cols < 0)
            throw new ArgumentException($"{kernel} needs non-negative sizes; got {rows}×{cols}");
        if (length < (long)rows * cols) throw TooShort(kernel, "the matrix", length, rows, cols);
    }

    static void CheckSameLength(string kernel, string name, int expected, int got)
    {
        if (expected != got)
            throw new ArgumentException($"{kernel} got {name} with {got} elements; expected {expected}, as many as the input");
    }
}
