namespace Workshop.Cli.Export;

/// <summary>One notebook's page of the exported site: its file name, title, the slide ids it covers and its HTML.</summary>
public sealed record SitePage(string FileName, string NotebookName, string Title, IReadOnlyList<string> Slides, string Html);
