using System.Globalization;

namespace Workshop.DeepLearning;

/// <summary>
/// Friendly feedback for notebook exercises. The attendee's answer is a lambda, so that an unfinished exercise
/// (the student edition's <c>throw new NotImplementedException</c>) says "not done yet" instead of stopping "run all".
/// </summary>
/// <example>
/// <code>
/// Check.Exercise("2.1", () =>
/// {
///     // BEGIN SOLUTION
///     return w0 + x.Zip(w, (xi, wi) => xi * wi).Sum();
///     // END SOLUTION
/// }, expected: neuron.Forward(x).Data, hint: "z starts with the bias w0, then adds every xᵢ·wᵢ");
/// </code>
/// </example>
public static class Check
{
    /// <summary>
    /// When set to 1 (the notebook tests set it for the instructor edition), a wrong or unfinished answer throws,
    /// so a solution that stops being right fails CI instead of printing a cross nobody reads.
    /// </summary>
    public const string StrictVariable = "WORKSHOP_CHECK_STRICT";

    /// <summary>Compares a number with the expected one and says how it is off (sign, size, not a number).</summary>
    public static CheckResult Exercise(string id, Func<double> answer, double expected, string hint, double tolerance = 1e-6)
        => Run(id, answer, value => Feedback.Number("your answer", value, expected, tolerance), hint);

    /// <summary>Compares a vector with the expected one: length first, then the first element that is off.</summary>
    public static CheckResult Exercise(string id, Func<double[]> answer, double[] expected, string hint, double tolerance = 1e-6)
        => Run(id, answer, value => Feedback.Vector(value, expected, tolerance), hint);

    /// <summary>Compares a matrix (rows of numbers) with the expected one: shape first, then values.</summary>
    public static CheckResult Exercise(string id, Func<double[][]> answer, double[][] expected, string hint, double tolerance = 1e-6)
        => Run(id, answer, value => Feedback.Matrix(value, expected, tolerance), hint);

    /// <summary>Compares a whole number (a count, a class, a size).</summary>
    public static CheckResult Exercise(string id, Func<int> answer, int expected, string hint)
        => Run(id, answer, value => value == expected ? null : $"your answer is {value}; expected {expected}", hint);

    /// <summary>
    /// For answers with many right values (weights that separate two clusters, a network that reaches a target):
    /// <paramref name="problem"/> returns null when the answer is right, else what is wrong in a sentence.
    /// </summary>
    public static CheckResult Exercise<T>(string id, Func<T> answer, Func<T, string?> problem, string hint)
        => Run(id, answer, problem, hint);

    private static CheckResult Run<T>(string id, Func<T> answer, Func<T, string?> problem, string hint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(problem);
        CheckResult result;
        try
        {
            T value = answer();
            string? wrong = problem(value);
            result = wrong is null
                ? new CheckResult(id, CheckOutcome.Correct, $"✓ Exercise {id}: correct. {Describe(value)}")
                : new CheckResult(id, CheckOutcome.Wrong, $"✗ Exercise {id}: {wrong}. Hint: {hint}");
        }
        catch (NotImplementedException)
        {
            result = new CheckResult(id, CheckOutcome.NotDone,
                $"… Exercise {id}: not done yet. Replace the TODO with your code and run this cell again.");
        }
        catch (Exception e)
        {
            // An attendee's bug must not end "run all": say what went wrong in one line, with the hint.
            result = new CheckResult(id, CheckOutcome.Wrong,
                $"✗ Exercise {id}: your code stopped with {e.GetType().Name}: {e.Message}. Hint: {hint}");
        }

        Console.WriteLine(result.Message);
        if (result.Outcome != CheckOutcome.Correct && Environment.GetEnvironmentVariable(StrictVariable) == "1")
            throw new ExerciseFailedException(result.Message);
        return result;
    }

    private static string Describe<T>(T value) => value switch
    {
        null => "",
        double d => $"Your answer: {Feedback.Format(d)}",
        double[][] m => $"Your answer has shape {m.Length}×{(m.Length == 0 ? 0 : m[0].Length)}",
        string text => $"Your answer: {text}",
        System.Collections.IEnumerable items => $"Your answer: [{List(items)}]",
        Delegate => "",   // a function the check has already tried out: its type name would tell the attendee nothing
        _ => $"Your answer: {Convert.ToString(value, CultureInfo.InvariantCulture)}",
    };

    private static string List(System.Collections.IEnumerable items)
    {
        var shown = items.Cast<object?>().Take(9)
            .Select(x => x is double d ? Feedback.Format(d) : Convert.ToString(x, CultureInfo.InvariantCulture) ?? "null").ToList();
        return shown.Count > 8 ? string.Join(", ", shown.Take(8)) + ", …" : string.Join(", ", shown);
    }
}

/// <summary>What <see cref="Check"/> decided, kept so that tests and notebooks can look at it.</summary>
public enum CheckOutcome { Correct, Wrong, NotDone }

/// <summary>The result of one exercise check; its <see cref="Message"/> is what the attendee reads.</summary>
public sealed record CheckResult(string Id, CheckOutcome Outcome, string Message)
{
    public bool Passed => Outcome == CheckOutcome.Correct;
    public override string ToString() => Message;
}

/// <summary>Thrown only in strict mode (CI), where a wrong solution must fail the run.</summary>
public sealed class ExerciseFailedException(string message) : Exception(message);
