using Workshop.DeepLearning;

namespace Workshop.DeepLearning.Tests.Scalar;

/// <summary>Central finite differences, (f(x + h) − f(x − h)) / 2h, against the gradients Backward gives.</summary>
internal static class FiniteDifference
{
    public const double Step = 1e-5;

    /// <summary>|a − n| / max(|a|, |n|, 1e-8): relative error, with a floor so two tiny numbers do not blow it up.</summary>
    public static double RelativeError(double analytic, double numeric) =>
        Math.Abs(analytic - numeric) / Math.Max(Math.Max(Math.Abs(analytic), Math.Abs(numeric)), 1e-8);

    /// <summary>Builds the loss with <paramref name="loss"/>, backpropagates, then nudges each parameter and returns the worst relative error.</summary>
    public static double WorstRelativeError(IReadOnlyList<Value> parameters, Func<Value> loss)
    {
        foreach (var p in parameters) p.Grad = 0;
        loss().Backward();
        var analytic = parameters.Select(p => p.Grad).ToArray();

        var worst = 0.0;
        for (var i = 0; i < parameters.Count; i++)
        {
            var p = parameters[i];
            var original = p.Data;
            p.Data = original + Step;
            var plus = loss().Data;
            p.Data = original - Step;
            var minus = loss().Data;
            p.Data = original;
            worst = Math.Max(worst, RelativeError(analytic[i], (plus - minus) / (2 * Step)));
        }
        return worst;
    }
}
