namespace Workshop.Charts;
