namespace Workshop.Notebooks.Tests;
