using Workshop.DeepLearning;

namespace Workshop.DeepLearning.Tests.Exercises;

public class ExpectTests
{
    [Fact]
    public void A_claim_that_holds_returns_the_value()
        => Assert.Equal(0.97, Expect.AtLeast("test accuracy", 0.97, 0.95));

    [Fact]
    public void A_claim_that_fails_names_both_numbers()
    {
        var e = Assert.Throws<ClaimFailedException>(() => Expect.AtLeast("test accuracy", 0.9, 0.95));
        Assert.Contains("test accuracy ≥ 0.95, but it is 0.9", e.Message);
    }

    [Fact]
    public void NaN_never_satisfies_a_claim()
    {
        Assert.Throws<ClaimFailedException>(() => Expect.AtMost("loss", double.NaN, 1.0));
        Assert.Throws<ClaimFailedException>(() => Expect.AtLeast("accuracy", double.NaN, 0.0));
    }

    [Fact]
    public void That_states_the_sentence()
    {
        var e = Assert.Throws<ClaimFailedException>(() => Expect.That(false, "two linear layers are one linear map"));
        Assert.Contains("two linear layers are one linear map", e.Message);
    }
}
