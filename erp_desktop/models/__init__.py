"""SQLAlchemy models, one module per area. Importing this package registers every table."""
from . import base, catalog, finance, parties, stock, system, warehouse  # noqa: F401
from .base import Base

for _optional in ("inventory_docs", "sales", "purchasing", "payments", "approvals", "analysis", "sync"):
    try:  # areas land one by one; each module is optional until it exists
        __import__(f"{__name__}.{_optional}")
    except ModuleNotFoundError as exc:  # pragma: no cover - only while an area is missing
        if exc.name != f"{__name__}.{_optional}":
            raise

__all__ = ["Base"]
