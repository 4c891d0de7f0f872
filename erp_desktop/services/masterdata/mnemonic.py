"""助记码: the pinyin initials shop staff type to find a product, customer or supplier without an IME.

``mnemonic_of("可口可乐500ml") == "KKKL500ML"``: each Chinese character gives the first letter of
its (most common) reading — pypinyin's ``Style.FIRST_LETTER``, so a polyphone such as 行 in 银行
takes the reading pypinyin's phrase table gives it — and ASCII letters and digits are kept; every
other character is dropped. Upper case, at most ``MAX_LEN`` characters. The user may replace the
generated code; a stored code equal to what the old name generates counts as generated and follows
a rename.
"""

from __future__ import annotations

from erp_desktop.models.mnemonic import MAX_LEN, clean_mnemonic, mnemonic_of

__all__ = ["MAX_LEN", "clean_mnemonic", "mnemonic_of", "resolve_mnemonic", "search_key"]


def resolve_mnemonic(given: str | None, name: str, *, old_name: str | None, old_mnemonic: str | None) -> str:
    """The 助记码 to store when a row is created (``old_name`` None) or changed.

    ``given`` None means the caller did not say (an import without the column, a CLI edit without
    --mnemonic): a new row gets the generated code, a changed row keeps its own unless that was the
    generated one, which follows the new name. ``given`` "" asks for the generated code. Any other
    text is the user's code, kept as typed (cleaned) — except when it is exactly the code the old
    name generated and the name changed: an editor that showed the old code untouched."""
    generated = mnemonic_of(name)
    if given is None:
        if old_name is None or old_mnemonic is None:
            return generated
        return generated if old_mnemonic == mnemonic_of(old_name) else old_mnemonic
    cleaned = clean_mnemonic(given)
    if not cleaned:
        return generated
    if old_name is not None and old_name != name and cleaned == mnemonic_of(old_name):
        return generated
    return cleaned


def search_key(text: str) -> str | None:
    """``text`` as a 助记码 prefix to look up, or None when it cannot be one (it holds characters
    other than ASCII letters and digits)."""
    text = (text or "").strip()
    if not text or not all(ch.isascii() and ch.isalnum() for ch in text):
        return None
    return text.upper()[:MAX_LEN]
