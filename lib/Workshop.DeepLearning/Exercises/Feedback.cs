using System.Globalization;

namespace Workshop.DeepLearning;

/// <summary>
/// Turns "not equal" into what an attendee can act on: the wrong sign, the wrong size, a missing element.
/// Each method returns null when the answer is right.
/// </summary>
public static class Feedback
{
    public static string Format(double x) => x.ToString("G6", CultureInfo.InvariantCulture);

    public static string? Number(string what, double actual, double expected, double tolerance)
    {
        if (double.IsNaN(actual)) return $"{what} is NaN (not a number); look for 0/0, log of 0 or ∞ − ∞";
        if (double.IsInfinity(actual)) return $"{what} is {Format(actual)}; something overflowed (an exp of a large number?)";
        if (Close(actual, expected, tolerance)) return null;
        if (expected != 0 && Close(-actual, expected, tolerance))
            return $"{what} is {Format(actual)}, which has the wrong sign: expected {Format(expected)}";
        string direction = actual > expected ? "too large" : "too small";
        return $"{what} is {Format(actual)}; expected {Format(expected)} ({direction})";
    }

    public static string? Vector(double[]? actual, double[] expected, double tolerance)
    {
        if (actual is null) return "your answer is null; expected a vector of " + expected.Length + " numbers";
        if (actual.Length != expected.Length)
            return $"your vector has {actual.Length} numbers; expected {expected.Length}";
        for (int i = 0; i < expected.Length; i++)
        {
            string? wrong = Number($"element {i}", actual[i], expected[i], tolerance);
            if (wrong is not null) return wrong;
        }
        return null;
    }

    public static string? Matrix(double[][]? actual, double[][] expected, double tolerance)
    {
        if (actual is null) return "your answer is null; expected a matrix";
        string Shape(double[][] m) => $"{m.Length}×{(m.Length == 0 ? 0 : m[0].Length)}";
        if (actual.Length != expected.Length || actual.Zip(expected).Any(p => p.First.Length != p.Second.Length))
            return $"your matrix has shape {Shape(actual)}; expected {Shape(expected)} (rows × columns)";
        for (int r = 0; r < expected.Length; r++)
        for (int c = 0; c < expected[r].Length; c++)
        {
            string? wrong = Number($"the value at row {r}, column {c}", actual[r][c], expected[r][c], tolerance);
            if (wrong is not null) return wrong;
        }
        return null;
    }

    private static bool Close(double a, double b, double tolerance)
        => Math.Abs(a - b) <= tolerance * Math.Max(1.0, Math.Abs(b));
}
