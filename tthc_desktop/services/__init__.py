"""Jobs that combine the store and the domain rules; the CLI and the GUI both call these."""
