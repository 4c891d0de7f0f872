"""Fonts for printouts: one CJK font that also covers Latin text, registered once per process.

A system TrueType CJK font is embedded (subset) so the PDF reads the same everywhere; when none
is found, ReportLab's built-in ``STSong-Light`` CID font is used (not embedded: the reader's
fonts draw it). ``ERP_PDF_FONT`` names a font file to use instead.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

CANDIDATES = (
    # Linux
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    # Windows
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/msyh.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    # macOS
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)
FALLBACK_CID = "STSong-Light"
EMBEDDED_NAME = "ErpCJK"


@dataclass(frozen=True)
class FontChoice:
    name: str  # the name to use in styles and canvas.setFont
    path: str | None  # the embedded file, None for the CID fallback
    embedded: bool


_lock = threading.Lock()
_choice: FontChoice | None = None


def find_font_file() -> Path | None:
    override = os.environ.get("ERP_PDF_FONT")
    if override and Path(override).is_file():
        return Path(override)
    windir = os.environ.get("WINDIR")
    extra = [f"{windir}/Fonts/msyh.ttc", f"{windir}/Fonts/simsun.ttc"] if windir else []
    for candidate in [*extra, *CANDIDATES]:
        path = Path(candidate)
        if path.is_file():
            return path
    return None


def cjk_font() -> FontChoice:
    """Register (once) and return the font every printout uses."""
    global _choice
    with _lock:
        if _choice is None:
            _choice = _register()
        return _choice


def _register() -> FontChoice:
    path = find_font_file()
    if path is not None:
        try:
            font = (
                TTFont(EMBEDDED_NAME, str(path), subfontIndex=0)
                if path.suffix.lower() == ".ttc"
                else TTFont(EMBEDDED_NAME, str(path))
            )
            pdfmetrics.registerFont(font)
            return FontChoice(EMBEDDED_NAME, str(path), True)
        except Exception:  # a broken or unsupported (CFF-based) font file: fall back
            log.warning("cannot embed font %s; using %s", path, FALLBACK_CID, exc_info=True)
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID))
    return FontChoice(FALLBACK_CID, None, False)


def reset_for_tests() -> None:
    global _choice
    with _lock:
        _choice = None
