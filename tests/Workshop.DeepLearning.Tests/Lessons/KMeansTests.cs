using Workshop.DeepLearning;

namespace Workshop.DeepLearning.Tests.Lessons;

public class KMeansTests
{
    private static readonly double[][] Points = [[0, 0], [0, 1], [10, 10], [10, 11], [1, 0]];

    [Fact]
    public void Assign_gives_each_point_its_nearest_centre()
    {
        var assignment = KMeans.Assign(Points, [[0, 0], [10, 10]]);
        Assert.Equal([0, 0, 1, 1, 0], assignment);
    }

    [Fact]
    public void Update_moves_each_centre_to_the_mean_of_its_points_and_keeps_an_empty_one()
    {
        var centres = KMeans.Update(Points, [0, 0, 1, 1, 0], [[5, 5], [7, 7], [-3, 4]]);
        Assert.Equal(1.0 / 3, centres[0][0], 12);
        Assert.Equal(1.0 / 3, centres[0][1], 12);
        Assert.Equal([10, 10.5], centres[1]);
        Assert.Equal([-3, 4], centres[2]);
    }

    [Fact]
    public void Iterating_never_increases_the_inertia_and_finds_the_blobs()
    {
        var blobs = Datasets.Blobs(30, 3, 0.5, seed: 2);
        double[][] centres = [blobs.Features[0], blobs.Features[1], blobs.Features[2]];
        double previous = double.PositiveInfinity;
        int[] assignment = [];
        for (int step = 0; step < 10; step++)
        {
            assignment = KMeans.Assign(blobs.Features, centres);
            double inertia = KMeans.Inertia(blobs.Features, assignment, centres);
            Assert.True(inertia <= previous + 1e-9, $"inertia went up from {previous} to {inertia} at step {step}");
            previous = inertia;
            centres = KMeans.Update(blobs.Features, assignment, centres);
        }
        // Every true blob ends up in one cluster of its own (cluster numbers are arbitrary, so compare the grouping).
        var labels = blobs.Labels;
        for (int i = 0; i < labels.Length; i++)
        for (int j = 0; j < labels.Length; j++)
            Assert.Equal(labels[i] == labels[j], assignment[i] == assignment[j]);
    }

    [Fact]
    public void Mismatched_sizes_are_explained()
    {
        var e = Assert.Throws<ArgumentException>(() => KMeans.Assign([[1, 2, 3]], [[0, 0]]));
        Assert.Contains("point 0 has 3 coordinates; expected 2", e.Message);
        e = Assert.Throws<ArgumentException>(() => KMeans.Update(Points, [0, 1], [[0, 0], [1, 1]]));
        Assert.Contains("2 cluster indices for 5 points", e.Message);
    }
}
