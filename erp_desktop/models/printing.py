"""Print templates (打印模板): the shop's own layouts of its printouts, and which customer wants which."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced


class PrintTemplate(Synced, Base):
    """One layout of one kind of printout; ``body`` is the template's JSON form
    (``services.printing.templates``). ``is_default``: the kind prints with it unless a customer
    has their own; the built-in layout when no row of the kind is the default."""

    __tablename__ = "print_template"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    kind: Mapped[str] = mapped_column(String(30), index=True)
    name: Mapped[str] = mapped_column(String(80))
    body: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class PrintTemplateChoice(Synced, Base):
    """A customer's (or supplier's) own template for one kind of printout."""

    __tablename__ = "print_template_choice"
    __table_args__ = (UniqueConstraint("party_id", "kind"),)

    party_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)  # a customer's or a supplier's id
    kind: Mapped[str] = mapped_column(String(30))
    template_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("print_template.id", ondelete="CASCADE"))
