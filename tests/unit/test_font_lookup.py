"""The printout font: the Windows fonts (%WINDIR%\\Fonts) are tried before the Linux and macOS ones."""

from __future__ import annotations

from erp_desktop.services.printing import fonts


def test_windows_fonts_come_first(tmp_path, monkeypatch):
    windir = tmp_path / "Windows 目录"
    (windir / "Fonts").mkdir(parents=True)
    monkeypatch.delenv("ERP_PDF_FONT", raising=False)
    monkeypatch.setenv("WINDIR", str(windir))
    names = [p.name for p in fonts.font_candidates()]
    assert names[:4] == ["msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf"]
    assert names.index("simhei.ttf") < names.index("wqy-microhei.ttc") < names.index("PingFang.ttc")
    (windir / "Fonts" / "simhei.ttf").write_bytes(b"")
    assert fonts.find_font_file() == windir / "Fonts" / "simhei.ttf"
    (windir / "Fonts" / "msyh.ttc").write_bytes(b"")
    assert fonts.find_font_file() == windir / "Fonts" / "msyh.ttc"


def test_override_wins_and_linux_without_windir(tmp_path, monkeypatch):
    own = tmp_path / "我的 字体.ttf"
    own.write_bytes(b"")
    monkeypatch.setenv("ERP_PDF_FONT", str(own))
    assert fonts.find_font_file() == own
    monkeypatch.delenv("ERP_PDF_FONT")
    monkeypatch.delenv("WINDIR", raising=False)
    monkeypatch.delenv("SystemRoot", raising=False)
    if fonts.os.name != "nt":
        assert fonts.font_candidates()[0].name == "wqy-microhei.ttc"
