"""SQLAlchemy models, one module per area. Importing this package registers every table."""

from . import (  # noqa: F401
    analysis,
    approvals,
    base,
    catalog,
    costing,
    counter,
    finance,
    inventory_docs,
    kits,
    parties,
    payments,
    printing,
    purchasing,
    sales,
    stock,
    stores,
    sync,
    system,
    units,
    variants,
    warehouse,
)
from .base import Base

__all__ = ["Base"]
