"""Read side: list pages, reports and lookups returning frozen dataclasses."""
