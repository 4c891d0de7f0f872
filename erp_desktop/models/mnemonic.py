"""助记码 (pinyin initials) of a name: the rule, and the column default that fills it on insert.

``mnemonic_of("可口可乐500ml") == "KKKL500ML"``: each Chinese character gives the first letter of
its reading (pypinyin's ``Style.FIRST_LETTER``; a polyphone takes the reading pypinyin's phrase
table gives it), ASCII letters and digits are kept, everything else is dropped; upper case, at most
``MAX_LEN``. The rule sits with the models so that every insert — the editor, an import, the demo,
a test factory — gets the code without each caller remembering it.
"""

from __future__ import annotations

from typing import Any

MAX_LEN = 60


def mnemonic_of(name: str) -> str:
    """The generated 助记码 of ``name`` ("" for an empty name)."""
    if not name or not name.strip():
        return ""
    from pypinyin import Style, lazy_pinyin  # its dictionaries load in ~0.2 s: only when a name is converted

    text = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default"))
    return clean_mnemonic(text)


def clean_mnemonic(text: str) -> str:
    """``text`` as a stored 助记码: ASCII letters and digits only, upper case, at most MAX_LEN."""
    return "".join(ch for ch in (text or "") if ch.isascii() and ch.isalnum()).upper()[:MAX_LEN]


def default_mnemonic(context: Any) -> str:
    """Column default: the 助记码 of the row's ``name`` when an insert does not give one."""
    return mnemonic_of(context.get_current_parameters().get("name") or "")
