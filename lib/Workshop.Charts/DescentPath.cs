namespace Workshop.Charts;

/// <summary>The weights gradient descent visited on a loss landscape J(w0, w1), in order.</summary>
public sealed record DescentPath(string Label, IReadOnlyList<(double W0, double W1)> Points)
{
    /// <summary>
    /// Runs the talk's update W ← W − η ∂J/∂W on a two-weight loss, with the gradient by central differences,
    /// for <paramref name="steps"/> steps. A diverging run stops at the last finite point.
    /// </summary>
    public static DescentPath Follow(Func<double, double, double> loss, double w0, double w1, double learningRate, int steps, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(loss);
        if (steps < 0) throw new ArgumentException($"Gradient descent needs 0 or more steps; got {steps}.", nameof(steps));
        if (!(learningRate > 0)) throw new ArgumentException($"The learning rate η must be positive; got {learningRate}.", nameof(learningRate));
        const double h = 1e-5;
        var points = new List<(double, double)> { (w0, w1) };
        for (int s = 0; s < steps; s++)
        {
            double g0 = (loss(w0 + h, w1) - loss(w0 - h, w1)) / (2 * h);
            double g1 = (loss(w0, w1 + h) - loss(w0, w1 - h)) / (2 * h);
            double n0 = w0 - learningRate * g0, n1 = w1 - learningRate * g1;
            if (!double.IsFinite(n0) || !double.IsFinite(n1) || !double.IsFinite(loss(n0, n1))) break;
            (w0, w1) = (n0, n1);
            points.Add((w0, w1));
        }
        return new DescentPath(label ?? FormattableString.Invariant($"η = {learningRate}"), points);
    }
}
