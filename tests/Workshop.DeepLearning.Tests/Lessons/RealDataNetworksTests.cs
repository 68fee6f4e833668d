using Workshop.DeepLearning;

namespace Workshop.DeepLearning.Tests.Lessons;

public class RealDataNetworksTests
{
    private static Dense<double> IdentityDense()
    {
        var dense = new Dense<double>(2, 2, new Random(1));
        dense.Weights[0, 0] = 1; dense.Weights[0, 1] = 0;
        dense.Weights[1, 0] = 0; dense.Weights[1, 1] = 1;
        return dense;
    }

    [Fact]
    public void Several_outputs_predict_the_largest_across_batch_boundaries()
    {
        var network = new Sequential<double>(IdentityDense());
        var data = new Dataset([[1, 0], [0, 1], [3, 2], [2, 3], [5, -1]], [0, 1, 0, 1, 0], 2, "pairs");

        Assert.Equal([0, 1, 0, 1, 0], RealDataNetworks.PredictClasses(network, data, batchSize: 2));
    }

    [Fact]
    public void One_sigmoid_output_is_split_at_one_half()
    {
        var dense = new Dense<double>(1, 1, new Random(1));
        dense.Weights[0, 0] = 1;
        var network = new Sequential<double>(dense, new Sigmoid<double>());
        var data = new Dataset([[-2], [-0.1], [0.1], [3]], [0, 0, 1, 1], 2, "line");

        Assert.Equal([0, 0, 1, 1], RealDataNetworks.PredictClasses(network, data));
    }

    [Fact]
    public void A_data_set_with_the_wrong_feature_count_is_refused()
    {
        var network = new Sequential<double>(IdentityDense());
        var data = new Dataset([[1, 2, 3]], [0], 2, "three");

        var e = Assert.Throws<ArgumentException>(() => RealDataNetworks.PredictClasses(network, data));
        Assert.Contains("takes 2 features per example but 'three' has 3", e.Message);
    }

    [Fact]
    public void Weight_images_put_zero_at_one_half_and_scale_each_neuron_by_its_largest_weight()
    {
        var dense = new Dense<double>(3, 2, new Random(1));
        double[,] w = { { 2, 0 }, { -1, 0 }, { 0, 0 } };
        for (int i = 0; i < 3; i++) for (int j = 0; j < 2; j++) dense.Weights[i, j] = w[i, j];

        var images = RealDataNetworks.WeightImages(dense, 2);

        Assert.Equal([1.0, 0.25, 0.5], images[0]);
        Assert.Equal([0.5, 0.5, 0.5], images[1]);
        Assert.Throws<ArgumentException>(() => RealDataNetworks.WeightImages(dense, 3));
    }
}
