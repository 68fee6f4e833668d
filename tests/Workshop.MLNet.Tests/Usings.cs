namespace Workshop.MLNet.Tests;
