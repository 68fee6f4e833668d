namespace Workshop.Cli.Tests;
