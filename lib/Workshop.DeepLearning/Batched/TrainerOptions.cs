namespace Workshop.DeepLearning;

/// <summary>
/// How to train, in the ML.NET style: <c>new TrainerOptions(LearningRate: 0.1, Epochs: 200, BatchSize: 32, Seed: 1)</c>.
/// Optimizer is "sgd", "momentum" or "adam". ValidationSplit is the fraction held out from the end after a seeded shuffle.
/// L2 adds L2·W to the weights' gradients (biases excluded); the reported loss is the data loss alone.
/// EarlyStoppingPatience stops after that many epochs without a better validation loss (training loss without validation).
/// </summary>
public sealed record TrainerOptions(
    double LearningRate = 0.1,
    int Epochs = 100,
    int BatchSize = 32,
    int Seed = 1,
    double ValidationSplit = 0.0,
    string Optimizer = "sgd",
    double L2 = 0.0,
    int? EarlyStoppingPatience = null);
