namespace Workshop.MLNet;
