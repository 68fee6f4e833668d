namespace Workshop.DeepLearning.Tests.Batched;

public class OptimizerTests
{
    private static Parameter<double> Parameter(double value, double gradient)
    {
        var p = new Parameter<double>("w", Tensor<double>.FromColumn([value]));
        p.Gradient[0, 0] = gradient;
        return p;
    }

    [Fact]
    public void Sgd_takes_the_talks_step()
    {
        var p = Parameter(1.0, 0.5);
        new Sgd<double>(0.1).Step([p]);
        Assert.Equal(1.0 - 0.1 * 0.5, p.Value[0, 0], 15);
    }

    [Fact]
    public void Momentum_builds_up_velocity()
    {
        var p = Parameter(1.0, 0.5);
        var momentum = new Momentum<double>(0.1, beta: 0.9);
        momentum.Step([p]); // v = 0.5, w = 0.95
        momentum.Step([p]); // v = 0.9·0.5 + 0.5 = 0.95, w = 0.95 − 0.095
        Assert.Equal(0.855, p.Value[0, 0], 12);
    }

    [Fact]
    public void Adam_first_step_moves_by_the_learning_rate_against_the_gradient_sign()
    {
        var p = Parameter(1.0, 0.003);
        var q = Parameter(1.0, -40);
        var adam = new Adam<double>(0.01);
        adam.Step([p, q]);
        Assert.Equal(0.99, p.Value[0, 0], 6);
        Assert.Equal(1.01, q.Value[0, 0], 6);
        // Second step with the same gradient: m̂ = g and v̂ = g², so again a step of η.
        adam.Step([p, q]);
        Assert.Equal(0.98, p.Value[0, 0], 6);
    }

    [Fact]
    public void Initialisers_use_the_passed_random_and_their_sigma()
    {
        Assert.Equal(Math.Sqrt(2.0 / 30), Initializers.Xavier.Sigma(10, 20), 12);
        Assert.Equal(Math.Sqrt(2.0 / 10), Initializers.He.Sigma(10, 20), 12);
        Assert.Equal(0.3, Initializers.Normal(0.3).Sigma(10, 20));
        Assert.Throws<ArgumentException>(() => Initializers.Normal(0));

        var a = new Dense<double>(200, 100, new Random(9), Initializers.Normal(0.3)).Weights.Span.ToArray();
        var b = new Dense<double>(200, 100, new Random(9), Initializers.Normal(0.3)).Weights.Span.ToArray();
        Assert.Equal(a, b);
        double mean = a.Average();
        double sd = Math.Sqrt(a.Select(w => (w - mean) * (w - mean)).Average());
        Assert.InRange(mean, -0.01, 0.01);
        Assert.InRange(sd, 0.29, 0.31);
    }
}
