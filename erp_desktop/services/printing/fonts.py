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

# Tried in this order: the Windows fonts first (the shops' PCs), under %WINDIR%\Fonts, then the
# Linux and macOS ones. The first file that exists is embedded.
WINDOWS_FONTS = (
    "msyh.ttc",  # Microsoft YaHei 微软雅黑 (Vista and later)
    "msyh.ttf",  # Microsoft YaHei on older systems
    "simsun.ttc",  # SimSun 宋体
    "simhei.ttf",  # SimHei 黑体
)
LINUX_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)
MACOS_FONTS = (
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


def windows_font_dir() -> Path | None:
    """``%WINDIR%\\Fonts`` (``C:\\Windows\\Fonts`` on Windows when WINDIR is not set)."""
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if not windir and os.name == "nt":
        windir = "C:\\Windows"
    return Path(windir) / "Fonts" if windir else None


def font_candidates() -> list[Path]:
    """Every font file tried, in order: ``ERP_PDF_FONT``, the Windows fonts, Linux, macOS."""
    found: list[Path] = []
    override = os.environ.get("ERP_PDF_FONT")
    if override:
        found.append(Path(override))
    fonts = windows_font_dir()
    if fonts is not None:
        found.extend(fonts / name for name in WINDOWS_FONTS)
    found.extend(Path(name) for name in (*LINUX_FONTS, *MACOS_FONTS))
    return found


def find_font_file() -> Path | None:
    for path in font_candidates():
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
