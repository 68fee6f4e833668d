namespace Workshop.DeepLearning;

/// <summary>
/// One-hot encoding: class k of K becomes a row of K numbers, all 0 except a 1 at position k.
/// That is the shape a softmax output has, so the loss can compare them column by column.
/// </summary>
public static class OneHot
{
    public static double[][] Encode(int[] labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (classes < 1)
            throw new ArgumentException($"One-hot encoding got {classes} classes; expected at least 1.", nameof(classes));
        var rows = new double[labels.Length][];
        for (int i = 0; i < labels.Length; i++)
        {
            int label = labels[i];
            if (label < 0 || label >= classes)
                throw new ArgumentException(
                    $"One-hot encoding got label {label} at position {i}; expected a class index 0..{classes - 1} for {classes} classes.",
                    nameof(labels));
            rows[i] = new double[classes];
            rows[i][label] = 1;
        }
        return rows;
    }

    /// <summary>The class of each row: the position of its largest value (argmax). Works for one-hot rows and for predicted probabilities.</summary>
    public static int[] Decode(double[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var labels = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if (row is null || row.Length == 0)
                throw new ArgumentException($"One-hot decoding got an empty row at position {i}; expected one value per class.", nameof(rows));
            labels[i] = ArgMax(row);
        }
        return labels;
    }

    /// <summary>The position of the largest value; the first one on ties, and NaN never wins.</summary>
    public static int ArgMax(ReadOnlySpan<double> row)
    {
        if (row.IsEmpty)
            throw new ArgumentException("ArgMax got an empty row; expected at least one value.", nameof(row));
        int best = 0;
        for (int j = 1; j < row.Length; j++)
        {
            if (row[j] > row[best] || double.IsNaN(row[best])) best = j;
        }
        return best;
    }
}
