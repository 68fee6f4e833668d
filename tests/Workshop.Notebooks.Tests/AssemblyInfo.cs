// Each notebook starts its own kernel (a .NET process that compiles C#): on a 2-core machine, one at a time is faster and steadier.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
