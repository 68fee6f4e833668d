namespace Workshop.MLNet;

/// <summary>
/// The ML.NET trainers the comparison uses. Each names one model family; the data set decides whether its binary
/// (two classes) or multiclass version is trained.
/// </summary>
public enum MLNetAlgorithm
{
    /// <summary>
    /// Logistic regression fitted with L-BFGS: LbfgsLogisticRegression for two classes, LbfgsMaximumEntropy (its
    /// softmax version) for more. A linear model: one straight boundary per pair of classes.
    /// </summary>
    LogisticRegression,

    /// <summary>The same linear model fitted with SDCA (stochastic dual coordinate ascent): SdcaLogisticRegression / SdcaMaximumEntropy.</summary>
    Sdca,

    /// <summary>Boosted decision trees (FastTree, MART); for several classes one-versus-all, one binary FastTree per class.</summary>
    FastTree,

    /// <summary>Boosted decision trees from Microsoft's LightGBM library, binary or multiclass.</summary>
    LightGbm,
}
