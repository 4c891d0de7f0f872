"""Reusable widgets: exact number entry, list pages."""
