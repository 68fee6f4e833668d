using Workshop.DeepLearning;

namespace Workshop.DeepLearning.Tests.Exercises;

// Strict mode is process-wide; these tests never set it, and the collection keeps them off other threads.
[Collection(nameof(CheckTests))]
public class CheckTests
{
    [Fact]
    public void Correct_number_is_confirmed()
    {
        var result = Check.Exercise("2.1", () => 0.5 + 0.25, expected: 0.75, hint: "add them");
        Assert.Equal(CheckOutcome.Correct, result.Outcome);
        Assert.StartsWith("✓ Exercise 2.1: correct", result.Message);
    }

    [Fact]
    public void Wrong_sign_is_named_with_the_hint()
    {
        var result = Check.Exercise("2.1", () => -0.75, expected: 0.75, hint: "z starts with w0");
        Assert.Equal(CheckOutcome.Wrong, result.Outcome);
        Assert.Contains("wrong sign", result.Message);
        Assert.Contains("Hint: z starts with w0", result.Message);
    }

    [Fact]
    public void Too_small_is_named()
    {
        var result = Check.Exercise("2.1", () => 0.5, expected: 0.75, hint: "h");
        Assert.Contains("too small", result.Message);
    }

    [Fact]
    public void Unfinished_exercise_says_not_done_yet_and_does_not_throw()
    {
        var result = Check.Exercise("3.2", () => throw new NotImplementedException("Exercise 3.2"), expected: 1.0, hint: "h");
        Assert.Equal(CheckOutcome.NotDone, result.Outcome);
        Assert.Contains("not done yet", result.Message);
    }

    [Fact]
    public void A_crash_in_the_answer_becomes_one_line_of_feedback()
    {
        var result = Check.Exercise("3.3", () => { var a = new double[1]; return a[2]; }, expected: 1.0, hint: "h");
        Assert.Equal(CheckOutcome.Wrong, result.Outcome);
        Assert.Contains("IndexOutOfRangeException", result.Message);
    }

    [Fact]
    public void Vector_length_mismatch_is_named()
    {
        var result = Check.Exercise("4.1", () => new[] { 1.0, 2.0 }, expected: new[] { 1.0, 2.0, 3.0 }, hint: "h");
        Assert.Contains("has 2 numbers; expected 3", result.Message);
    }

    [Fact]
    public void Matrix_shape_mismatch_is_named_as_rows_by_columns()
    {
        var result = Check.Exercise("4.2", () => new[] { new[] { 1.0, 2.0 } }, expected: new[] { new[] { 1.0 }, new[] { 2.0 } }, hint: "transpose?");
        Assert.Contains("shape 1×2; expected 2×1", result.Message);
    }

    [Fact]
    public void Predicate_form_reports_the_problem()
    {
        var ok = Check.Exercise("2.3", () => 0.97, a => a >= 0.95 ? null : $"accuracy {a:P0} is below 95 %", "train longer");
        var bad = Check.Exercise("2.3", () => 0.60, a => a >= 0.95 ? null : $"accuracy {a:P0} is below 95 %", "train longer");
        Assert.True(ok.Passed);
        Assert.False(bad.Passed);
        Assert.Contains("below 95 %", bad.Message);
    }

    [Fact]
    public void Nan_is_explained()
    {
        var result = Check.Exercise("5.1", () => double.NaN, expected: 0.3, hint: "h");
        Assert.Contains("NaN", result.Message);
    }

    [Fact]
    public void Strict_mode_turns_a_wrong_answer_into_an_exception()
    {
        Environment.SetEnvironmentVariable(Check.StrictVariable, "1");
        try
        {
            var e = Assert.Throws<ExerciseFailedException>(() => Check.Exercise("2.1", () => 1.0, expected: 2.0, hint: "h"));
            Assert.Contains("Exercise 2.1", e.Message);
            Check.Exercise("2.1", () => 2.0, expected: 2.0, hint: "h");
        }
        finally
        {
            Environment.SetEnvironmentVariable(Check.StrictVariable, null);
        }
    }
    [Fact]
    public void Whole_number_answer_names_both_values()
    {
        var result = Check.Exercise("4.2", () => 15, expected: 20, hint: "every neuron has a bias too");
        Assert.Equal(CheckOutcome.Wrong, result.Outcome);
        Assert.Equal("✗ Exercise 4.2: your answer is 15; expected 20. Hint: every neuron has a bias too", result.Message);
    }

    [Fact]
    public void Unfinished_predicate_exercise_says_not_done_yet()
    {
        // The student edition leaves only a throw in the lambda, from which C# cannot infer T: predicate-form
        // exercises must name it (Check.Exercise<double>(…) or a typed parameter (double a) => …).
        var result = Check.Exercise<double>("8.2", () => throw new NotImplementedException("Exercise 8.2"),
            accuracy => accuracy >= 0.9 ? null : "accuracy below 90 %", "h");
        Assert.Equal(CheckOutcome.NotDone, result.Outcome);
        Assert.Equal("… Exercise 8.2: not done yet. Replace the TODO with your code and run this cell again.", result.Message);
    }

    [Fact]
    public void Strict_mode_also_stops_an_unfinished_exercise()
    {
        Environment.SetEnvironmentVariable(Check.StrictVariable, "1");
        try
        {
            var e = Assert.Throws<ExerciseFailedException>(() =>
                Check.Exercise("3.2", () => throw new NotImplementedException("Exercise 3.2"), expected: 1.0, hint: "h"));
            Assert.Contains("not done yet", e.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Check.StrictVariable, null);
        }
    }

    [Fact]
    public void Correct_arrays_and_functions_are_shown_readably()
    {
        var ints = Check.Exercise<int[]>("4.3", () => [4, 50], a => null, "h");
        Assert.EndsWith("Your answer: [4, 50]", ints.Message);
        var function = Check.Exercise<Func<double, double>>("3.1", () => z => z, f => null, "h");
        Assert.DoesNotContain("System.Func", function.Message);
    }
}
