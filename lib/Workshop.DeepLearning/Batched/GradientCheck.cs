using System.Globalization;
using System.Text;

namespace Workshop.DeepLearning;

/// <summary>One checked number: which parameter and entry, the backprop gradient, the finite-difference one, and how far apart.</summary>
public sealed record GradientCheckRow(string Parameter, int Index, double Analytic, double Numeric, double RelativeError);

/// <summary>The table <see cref="GradientCheck.Run"/> returns, with its worst relative error.</summary>
public sealed class GradientCheckResult(IReadOnlyList<GradientCheckRow> rows)
{
    public IReadOnlyList<GradientCheckRow> Rows { get; } = rows;

    public double MaxRelativeError { get; } = rows.Count == 0 ? 0 : rows.Max(r => r.RelativeError);

    public override string ToString()
    {
        var s = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"Gradient check: {Rows.Count} entries, max relative error {MaxRelativeError:E2}"));
        foreach (var r in Rows.Take(20))
            s.Append(CultureInfo.InvariantCulture,
                $"\n  {r.Parameter}[{r.Index}]: analytic {r.Analytic:G8}, numeric {r.Numeric:G8}, relative error {r.RelativeError:E2}");
        if (Rows.Count > 20) s.Append($"\n  … {Rows.Count - 20} more");
        return s.ToString();
    }
}

/// <summary>
/// Checks backpropagation against central finite differences, ∂J/∂w ≈ (J(w + h) − J(w − h)) / 2h, in double precision.
/// Relative error is |analytic − numeric| / max(|analytic| + |numeric|, 1e-8): around 1e-7 or less means backprop is right.
/// </summary>
public static class GradientCheck
{
    /// <param name="includeInput">Also check ∂J/∂x for every input entry (rows named "input"), which tests layers without parameters.</param>
    public static GradientCheckResult Run(Sequential<double> network, ILoss<double> loss, Tensor<double> x, Tensor<double> y,
        double epsilon = 1e-5, bool includeInput = false)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (!(epsilon > 0)) throw new ArgumentException($"GradientCheck: epsilon must be > 0; got {epsilon}.", nameof(epsilon));

        // Analytic gradients from one forward and backward pass.
        network.ZeroGrad();
        var predictions = network.Forward(x);
        var inputGradient = network.Backward(loss.Gradient(predictions, y)).Clone();

        var rows = new List<GradientCheckRow>();
        foreach (var parameter in network.Parameters())
        {
            var analytic = parameter.Gradient.Clone();
            CheckEntries(parameter.Name, parameter.Value, analytic, () => loss.Loss(network.Forward(x), y), epsilon, rows);
        }
        if (includeInput)
        {
            var input = x.Clone();
            CheckEntries("input", input, inputGradient, () => loss.Loss(network.Forward(input), y), epsilon, rows);
        }
        return new GradientCheckResult(rows);
    }

    private static void CheckEntries(string name, Tensor<double> values, Tensor<double> analytic, Func<double> lossOf,
        double epsilon, List<GradientCheckRow> rows)
    {
        var span = values.Span;
        for (int i = 0; i < span.Length; i++)
        {
            double saved = span[i];
            span[i] = saved + epsilon;
            double plus = lossOf();
            span = values.Span;
            span[i] = saved - epsilon;
            double minus = lossOf();
            span = values.Span;
            span[i] = saved;
            double numeric = (plus - minus) / (2 * epsilon);
            double a = analytic.Span[i];
            double relative = Math.Abs(a - numeric) / Math.Max(Math.Abs(a) + Math.Abs(numeric), 1e-8);
            rows.Add(new GradientCheckRow(name, i, a, numeric, relative));
        }
    }
}
