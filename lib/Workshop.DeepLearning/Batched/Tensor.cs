using System.Globalization;
using System.Numerics;
using System.Text;
using MathNet.Numerics.LinearAlgebra;

namespace Workshop.DeepLearning;

/// <summary>
/// A 2-D row-major block of numbers: one row per example, one column per feature.
/// The backing array may be longer than Rows×Cols so a layer can reuse its buffer for a smaller last batch.
/// </summary>
public sealed class Tensor<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private T[] data;

    public Tensor(int rows, int cols)
    {
        if (rows < 0) throw new ArgumentException($"A tensor needs rows ≥ 0; got {rows}.", nameof(rows));
        if (cols < 1) throw new ArgumentException($"A tensor needs at least 1 column; got {cols}.", nameof(cols));
        Rows = rows;
        Cols = cols;
        data = new T[rows * cols];
    }

    public int Rows { get; private set; }
    public int Cols { get; }

    /// <summary>Exactly Rows×Cols elements, row after row.</summary>
    public Span<T> Span => data.AsSpan(0, Rows * Cols);

    /// <summary>"32×2": rows × columns.</summary>
    public string Shape => $"{Rows}×{Cols}";

    public T this[int row, int col]
    {
        get { CheckIndex(row, col); return data[row * Cols + col]; }
        set { CheckIndex(row, col); data[row * Cols + col] = value; }
    }

    public static Tensor<T> Zeros(int rows, int cols) => new(rows, cols);

    public static Tensor<T> FromRows(IReadOnlyList<double[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) throw new ArgumentException("FromRows got no rows; expected at least one.", nameof(rows));
        int cols = rows[0].Length;
        var t = new Tensor<T>(rows.Count, cols);
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != cols)
                throw new ArgumentException($"FromRows: row {i} has {rows[i].Length} values; expected {cols} like row 0.", nameof(rows));
            for (int j = 0; j < cols; j++) t.data[i * cols + j] = T.CreateChecked(rows[i][j]);
        }
        return t;
    }

    public static Tensor<T> FromArray(double[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var t = new Tensor<T>(values.GetLength(0), values.GetLength(1));
        for (int i = 0; i < t.Rows; i++)
        for (int j = 0; j < t.Cols; j++)
            t.data[i * t.Cols + j] = T.CreateChecked(values[i, j]);
        return t;
    }

    /// <summary>One value per row: targets of a regression or class indices.</summary>
    public static Tensor<T> FromColumn(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var t = new Tensor<T>(values.Count, 1);
        for (int i = 0; i < values.Count; i++) t.data[i] = T.CreateChecked(values[i]);
        return t;
    }

    /// <summary>Copies <paramref name="values"/> (row-major, rows×cols) into a new tensor.</summary>
    public static Tensor<T> FromSpan(ReadOnlySpan<T> values, int rows, int cols)
    {
        var t = new Tensor<T>(rows, cols);
        if (values.Length != rows * cols)
            throw new ArgumentException($"FromSpan got {values.Length} values; expected {rows}×{cols} = {rows * cols}.", nameof(values));
        values.CopyTo(t.data);
        return t;
    }

    /// <summary>
    /// Changes the number of rows, keeping the backing array when it is long enough
    /// (so a smaller last batch reuses the same memory). Contents are not cleared.
    /// </summary>
    public void Resize(int rows)
    {
        if (rows < 0) throw new ArgumentException($"A tensor needs rows ≥ 0; got {rows}.", nameof(rows));
        if (rows * Cols > data.Length) Array.Resize(ref data, rows * Cols);
        Rows = rows;
    }

    /// <summary>Returns <paramref name="buffer"/> resized to rows×cols, or a new tensor when there is none yet.</summary>
    internal static Tensor<T> Reuse(Tensor<T>? buffer, int rows, int cols)
    {
        if (buffer is null || buffer.Cols != cols) return new Tensor<T>(rows, cols);
        buffer.Resize(rows);
        return buffer;
    }

    public Tensor<T> Clone() => FromSpan(Span, Rows, Cols);

    /// <summary>A copy of one row as a 1×Cols tensor.</summary>
    public Tensor<T> Row(int row)
    {
        CheckIndex(row, 0);
        return FromSpan(Span.Slice(row * Cols, Cols), 1, Cols);
    }

    public double[][] ToRows()
    {
        var rows = new double[Rows][];
        for (int i = 0; i < Rows; i++)
        {
            rows[i] = new double[Cols];
            for (int j = 0; j < Cols; j++) rows[i][j] = double.CreateChecked(data[i * Cols + j]);
        }
        return rows;
    }

    /// <summary>The same numbers as a Math.NET matrix, which prints and composes well in a notebook.</summary>
    public Matrix<double> ToMatrix() => Matrix<double>.Build.Dense(Rows, Cols, (i, j) => double.CreateChecked(data[i * Cols + j]));

    public override string ToString()
    {
        const int shown = 4;
        var sb = new StringBuilder($"Tensor<{TypeName}> {Shape}");
        for (int i = 0; i < Math.Min(Rows, shown); i++)
        {
            sb.Append(i == 0 ? ": [" : ", [");
            for (int j = 0; j < Math.Min(Cols, shown); j++)
            {
                if (j > 0) sb.Append(", ");
                sb.Append(double.CreateChecked(data[i * Cols + j]).ToString("G4", CultureInfo.InvariantCulture));
            }
            if (Cols > shown) sb.Append(", …");
            sb.Append(']');
        }
        if (Rows > shown) sb.Append(", …");
        return sb.ToString();
    }

    private static string TypeName => typeof(T) == typeof(float) ? "float" : typeof(T) == typeof(double) ? "double" : typeof(T).Name;

    private void CheckIndex(int row, int col)
    {
        if ((uint)row >= (uint)Rows || (uint)col >= (uint)Cols)
            throw new ArgumentOutOfRangeException(nameof(row), $"Index [{row}, {col}] is outside the {Shape} tensor.");
    }
}
