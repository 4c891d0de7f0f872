"""Looking inside PDFs in tests: text by ``pdftotext``, pages as PNG by ``pdftoppm`` (Debian
poppler-utils; CI installs it). A missing tool fails the test with a clear message, never skips."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install poppler-utils (apt-get install poppler-utils) to check printouts")
    return path


def pdf_text(path: Path, *, first: int | None = None, last: int | None = None, layout: bool = True) -> str:
    args = [_tool("pdftotext"), "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True).stdout.decode("utf-8")


def page_count(path: Path) -> int:
    out = subprocess.run([_tool("pdfinfo"), str(path)], check=True, capture_output=True).stdout.decode(
        "utf-8", "replace"
    )
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError(f"no page count for {path}: {out}")


def page_png(path: Path, page: int = 1, *, dpi: int = 60, out: Path | None = None) -> Path:
    """Render one page to PNG and return the PNG's path."""
    target = out or path.with_name(f"{path.stem}-p{page}")
    stem = target.with_suffix("") if target.suffix == ".png" else target
    subprocess.run(
        [
            _tool("pdftoppm"),
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(stem),
        ],
        check=True,
        capture_output=True,
    )
    return stem.with_suffix(".png")


def ink_ratio(png: Path) -> float:
    """Share of pixels that are not (near) white — 0 for a blank page."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), f"cannot read {png}"
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    dark = sum(1 for y in range(height) for x in data[y * stride : y * stride + width] if x < 200)
    return dark / (width * height)


def fonts_of(path: Path) -> str:
    return subprocess.run([_tool("pdffonts"), str(path)], check=True, capture_output=True).stdout.decode(
        "utf-8", "replace"
    )


def squash(text: str) -> str:
    """Text without any whitespace: pdftotext may drop or add spaces next to CJK glyphs."""
    return "".join(text.split())


def contains(text: str, expected: str) -> bool:
    return squash(expected) in squash(text)
