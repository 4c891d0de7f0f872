"""多维分析 saved views: a pivot's rows, columns, measure, filters and period under a name."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced


class SavedView(Synced, Base):
    __tablename__ = "saved_view"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    spec: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # services.analysis.PivotSpec.to_json()
    user_name: Mapped[str] = mapped_column(String(80), default="")
