"""Bank reconciliation (银行对账): imported statement lines matched to money documents."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session


def reconciliation_problems(tx: Session, start: date, end: date) -> tuple[list[str], list[str]]:
    """(unreconciled, without a statement) for the bank accounts in [start, end]."""
    return [], []
