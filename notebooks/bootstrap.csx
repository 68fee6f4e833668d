// Workshop bootstrap: the same first cell in every notebook (kept in notebooks/bootstrap.csx). Needs `dotnet build lib/Workshop.Charts` once.
#r "nuget: MathNet.Numerics, 5.0.0"
#r "nuget: Plotly.NET, 6.0.0"
#r "nuget: Plotly.NET.CSharp, 0.14.0"
#r "../lib/Workshop.Charts/bin/Debug/net10.0/Workshop.DeepLearning.dll"
#r "../lib/Workshop.Charts/bin/Debug/net10.0/Workshop.Charts.dll"
using Plotly.NET.CSharp;
using Workshop.DeepLearning;
using Workshop.Charts;
using Workshop.Charts.Notebook;
NotebookSetup.Start();   // charts embed plotly.js (no CDN), networks show as tables, and the FSharp.Core shim Plotly.NET 6 needs here
