"""An EAN-13 barcode drawn as a PNG, independent of the program (the phone page's decoder reads it)."""

from __future__ import annotations

import struct
import zlib

_L = ["0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011", "0110111", "0001011"]
_G = ["".join("1" if c == "0" else "0" for c in reversed(code)) for code in _L]
_R = ["".join("1" if c == "0" else "0" for c in code) for code in _L]
_PARITY = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"]


def ean13_modules(digits: str) -> str:
    assert len(digits) == 13 and digits.isdigit()
    first, left, right = int(digits[0]), digits[1:7], digits[7:]
    bits = "101"
    for d, p in zip(left, _PARITY[first]):
        bits += (_L if p == "L" else _G)[int(d)]
    bits += "01010"
    for d in right:
        bits += _R[int(d)]
    return bits + "101"


def ean13_png(digits: str, *, module: int = 4, height: int = 160, quiet: int = 12) -> bytes:
    bits = "0" * quiet + ean13_modules(digits) + "0" * quiet
    row = bytes(0 if b == "1" else 255 for b in bits for _ in range(module))
    width = len(row)
    margin = 20
    blank = bytes([255]) * width
    raw = b"".join(b"\x00" + (blank if y < margin or y >= height - margin else row) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
