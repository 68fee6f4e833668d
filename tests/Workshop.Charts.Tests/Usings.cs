namespace Workshop.Charts.Tests;
