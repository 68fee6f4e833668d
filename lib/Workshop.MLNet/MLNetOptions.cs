namespace Workshop.MLNet;

/// <summary>
/// The few knobs the comparison turns, with ML.NET's usual defaults:
/// <c>new MLNetOptions(Seed: 1, Trees: 50)</c>. Trees, Leaves, MinimumExamplesPerLeaf and LearningRate apply to
/// FastTree and LightGBM (boosting rounds, leaves per tree, smallest leaf, shrinkage); MaximumIterations to L-BFGS
/// (iterations) and SDCA (passes over the data). The linear trainers and LightGBM run on one thread, so that the same
/// seed always gives the same model (and because LightGBM's waiting threads spin: on a busy 2-core machine one thread
/// trained it about four times faster); FastTree uses ML.NET's default threading, which does not change its result.
/// </summary>
public sealed record MLNetOptions(
    int Seed = 1,
    int Trees = 100,
    int Leaves = 20,
    int MinimumExamplesPerLeaf = 10,
    double LearningRate = 0.2,
    int MaximumIterations = 100);
