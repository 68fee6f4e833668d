namespace Workshop.DeepLearning.Tests;
