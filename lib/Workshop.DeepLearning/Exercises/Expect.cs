using System.Globalization;

namespace Workshop.DeepLearning;

/// <summary>
/// Assertion cells for claims a notebook's text makes ("this reaches 95 % accuracy"): the claim is printed when it
/// holds and stops the run loudly when it stops being true, so the text can never drift from the numbers.
/// </summary>
public static class Expect
{
    /// <summary>Claims <paramref name="actual"/> ≥ <paramref name="floor"/>; prints the claim with both numbers.</summary>
    public static double AtLeast(string what, double actual, double floor, string? format = null)
    {
        string Show(double x) => x.ToString(format ?? "G4", CultureInfo.InvariantCulture);
        if (!(actual >= floor))
            throw new ClaimFailedException($"The notebook claims {what} ≥ {Show(floor)}, but it is {Show(actual)}.");
        Console.WriteLine($"✓ {what} = {Show(actual)} (≥ {Show(floor)})");
        return actual;
    }

    /// <summary>Claims <paramref name="actual"/> ≤ <paramref name="ceiling"/>; prints the claim with both numbers.</summary>
    public static double AtMost(string what, double actual, double ceiling, string? format = null)
    {
        string Show(double x) => x.ToString(format ?? "G4", CultureInfo.InvariantCulture);
        if (!(actual <= ceiling))
            throw new ClaimFailedException($"The notebook claims {what} ≤ {Show(ceiling)}, but it is {Show(actual)}.");
        Console.WriteLine($"✓ {what} = {Show(actual)} (≤ {Show(ceiling)})");
        return actual;
    }

    /// <summary>Claims a condition the text states in words; <paramref name="claim"/> is that sentence.</summary>
    public static void That(bool holds, string claim)
    {
        if (!holds) throw new ClaimFailedException($"The notebook claims: {claim}. That is no longer true.");
        Console.WriteLine($"✓ {claim}");
    }
}

/// <summary>A claim in a notebook's text is no longer true: the notebook (and CI) must stop.</summary>
public sealed class ClaimFailedException(string message) : Exception(message);
