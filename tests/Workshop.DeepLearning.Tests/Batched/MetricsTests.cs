using Workshop.DeepLearning;

namespace Workshop.DeepLearning.Tests.Batched;

public class MetricsTests
{
    [Fact]
    public void Predicted_classes_are_the_argmax_of_each_row()
    {
        var scores = Tensor<double>.FromRows([[0.1, 2.0, -1.0], [3.0, 0.0, 0.5], [0.0, 0.0, 0.1]]);
        Assert.Equal([1, 0, 2], Metrics.PredictedClasses(scores));
    }

    [Fact]
    public void One_probability_column_is_class_one_from_one_half()
    {
        var probabilities = Tensor<float>.FromColumn([0.2, 0.5, 0.9]);
        Assert.Equal([0, 1, 1], Metrics.PredictedClasses(probabilities));
    }
}
