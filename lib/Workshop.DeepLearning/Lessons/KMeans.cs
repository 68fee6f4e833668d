using System.Globalization;

namespace Workshop.DeepLearning;

/// <summary>
/// k-means clustering in its two alternating steps, for a first look at unsupervised learning (no labels):
/// give every point to its nearest centre, then move every centre to the mean of its points. Repeat.
/// </summary>
public static class KMeans
{
    /// <summary>The index of the nearest centre (squared Euclidean distance) for every point; ties go to the lower index.</summary>
    public static int[] Assign(IReadOnlyList<double[]> points, IReadOnlyList<double[]> centres)
    {
        CheckPoints(points, centres);
        var assignment = new int[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            double best = double.PositiveInfinity;
            for (int k = 0; k < centres.Count; k++)
            {
                double d = SquaredDistance(points[i], centres[k]);
                if (d < best) (best, assignment[i]) = (d, k);
            }
        }
        return assignment;
    }

    /// <summary>Each centre moved to the mean of the points assigned to it; a centre that got no points stays where it was.</summary>
    public static double[][] Update(IReadOnlyList<double[]> points, IReadOnlyList<int> assignment, IReadOnlyList<double[]> centres)
    {
        CheckPoints(points, centres);
        ArgumentNullException.ThrowIfNull(assignment);
        if (assignment.Count != points.Count)
            throw new ArgumentException($"k-means got {assignment.Count} cluster indices for {points.Count} points; expected one per point.", nameof(assignment));
        int dims = centres[0].Length;
        var sums = new double[centres.Count][];
        var counts = new int[centres.Count];
        for (int k = 0; k < centres.Count; k++) sums[k] = new double[dims];
        for (int i = 0; i < points.Count; i++)
        {
            int k = assignment[i];
            if (k < 0 || k >= centres.Count)
                throw new ArgumentException($"k-means: point {i} is in cluster {k}; expected 0..{centres.Count - 1}.", nameof(assignment));
            counts[k]++;
            for (int j = 0; j < dims; j++) sums[k][j] += points[i][j];
        }
        var updated = new double[centres.Count][];
        for (int k = 0; k < centres.Count; k++)
            updated[k] = counts[k] == 0 ? (double[])centres[k].Clone() : sums[k].Select(s => s / counts[k]).ToArray();
        return updated;
    }

    /// <summary>The sum of squared distances from every point to its centre: what k-means makes smaller at every step.</summary>
    public static double Inertia(IReadOnlyList<double[]> points, IReadOnlyList<int> assignment, IReadOnlyList<double[]> centres)
    {
        CheckPoints(points, centres);
        ArgumentNullException.ThrowIfNull(assignment);
        if (assignment.Count != points.Count)
            throw new ArgumentException($"k-means got {assignment.Count} cluster indices for {points.Count} points; expected one per point.", nameof(assignment));
        double sum = 0;
        for (int i = 0; i < points.Count; i++) sum += SquaredDistance(points[i], centres[assignment[i]]);
        return sum;
    }

    private static double SquaredDistance(double[] a, double[] b)
    {
        double sum = 0;
        for (int j = 0; j < a.Length; j++) sum += (a[j] - b[j]) * (a[j] - b[j]);
        return sum;
    }

    private static void CheckPoints(IReadOnlyList<double[]> points, IReadOnlyList<double[]> centres)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(centres);
        if (points.Count == 0) throw new ArgumentException("k-means got no points; expected at least one.", nameof(points));
        if (centres.Count == 0) throw new ArgumentException("k-means got no centres; expected at least one (k ≥ 1).", nameof(centres));
        int dims = centres[0].Length;
        for (int k = 0; k < centres.Count; k++)
            if (centres[k].Length != dims)
                throw new ArgumentException($"k-means: centre {k} has {centres[k].Length} coordinates; expected {dims} like centre 0.", nameof(centres));
        for (int i = 0; i < points.Count; i++)
            if (points[i].Length != dims)
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"k-means: point {i} has {points[i].Length} coordinates; expected {dims} like the centres."),
                    nameof(points));
    }
}
