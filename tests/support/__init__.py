"""Test helpers shared by the suites: factories, stories, PDF checks."""
