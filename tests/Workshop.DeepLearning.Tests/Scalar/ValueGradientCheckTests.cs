using Workshop.DeepLearning;

namespace Workshop.DeepLearning.Tests.Scalar;

public class ValueGradientCheckTests
{
    private const double MaxRelativeError = 1e-6;

    public static TheoryData<string> UnaryOperations => new() { "neg", "pow3", "pow-1.5", "exp", "log", "tanh", "sigmoid", "relu", "leakyrelu" };

    private static Value ApplyUnary(string op, Value x) => op switch
    {
        "neg" => -x,
        "pow3" => x.Pow(3),
        "pow-1.5" => x.Pow(-1.5),
        "exp" => x.Exp(),
        "log" => x.Log(),
        "tanh" => x.Tanh(),
        "sigmoid" => x.Sigmoid(),
        "relu" => x.Relu(),
        "leakyrelu" => x.LeakyRelu(),
        _ => throw new ArgumentException(op),
    };

    [Theory]
    [MemberData(nameof(UnaryOperations))]
    public void UnaryOperation_MatchesFiniteDifferences(string op)
    {
        // Points away from relu's kink and inside log's and pow's domains; the outer product makes the upstream gradient ≠ 1.
        foreach (var start in new[] { 0.3, 1.7, 0.9 })
        {
            var x = new Value(start);
            var error = FiniteDifference.WorstRelativeError([x], () => ApplyUnary(op, x) * 1.3);
            Assert.True(error < MaxRelativeError, $"{op} at {start}: relative error {error}");
        }
        foreach (var start in new[] { -0.4, -1.2 })
        {
            if (op is "log" or "pow-1.5") continue;
            var x = new Value(start);
            var error = FiniteDifference.WorstRelativeError([x], () => ApplyUnary(op, x) * 1.3);
            Assert.True(error < MaxRelativeError, $"{op} at {start}: relative error {error}");
        }
    }

    public static TheoryData<string> BinaryOperations => new() { "+", "-", "*", "/" };

    [Theory]
    [MemberData(nameof(BinaryOperations))]
    public void BinaryOperation_MatchesFiniteDifferences(string op)
    {
        var a = new Value(0.7);
        var b = new Value(-1.9);
        Value Build() => op switch
        {
            "+" => (a + b) * (a + b),
            "-" => (a - b) * a,
            "*" => (a * b).Tanh(),
            "/" => (a / b) * (a / b) + 2.0 / b,
            _ => throw new ArgumentException(op),
        };
        var error = FiniteDifference.WorstRelativeError([a, b], Build);
        Assert.True(error < MaxRelativeError, $"{op}: relative error {error}");
    }

    [Fact]
    public void MicrogradExpression_MatchesFiniteDifferences()
    {
        var a = new Value(-4.0);
        var b = new Value(2.0);
        Value Build()
        {
            var c = a + b;
            var d = a * b + b.Pow(3);
            c += c + 1;
            c += 1 + c + (-a);
            d += d * 2 + (b + a).Relu();
            d += 3 * d + (b - a).Relu();
            var f = (c - d).Pow(2);
            return f / 2.0 + 10.0 / f;
        }
        var error = FiniteDifference.WorstRelativeError([a, b], Build);
        Assert.True(error < MaxRelativeError, $"relative error {error}");
    }
}
