"""erp-desktop: an offline-first desktop ERP for small shops (进销存 + 业财一体)."""

__version__ = "0.1.0"
