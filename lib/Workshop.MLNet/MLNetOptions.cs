namespace Workshop.MLNet;

/// <summary>
/// The few knobs the comparison turns, with ML.NET's usual defaults:
/// <c>new MLNetOptions(Seed: 1, Trees: 50)</c>. Trees, Leaves, MinimumExamplesPerLeaf and LearningRate apply to
/// FastTree and LightGBM (boosting rounds, leaves per tree, smallest leaf, shrinkage); MaximumIterations to L-BFGS
/// (iterations) and SDCA (passes over the data). The linear trainers run on one thread so that the same seed always
/// gives the same model; the tree trainers use ML.NET's default threading, which does not change their result.
/// </summary>
public sealed record MLNetOptions(
    int Seed = 1,
    int Trees = 100,
    int Leaves = 20,
    int MinimumExamplesPerLeaf = 10,
    double LearningRate = 0.2,
    int MaximumIterations = 100);
