"""The main window and what surrounds it: log-in, sync status, maintenance, self-test."""
