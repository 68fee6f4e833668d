namespace Workshop.DeepLearning;

/// <summary>The non-linearity g in ŷ = g(z): the talk's sigmoid, tanh and ReLU, plus leaky ReLU and none.</summary>
public enum Activation
{
    Identity,
    Sigmoid,
    Tanh,
    Relu,
    LeakyRelu,
}
