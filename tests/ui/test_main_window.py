from erp_desktop.ui.shell.main_window import MainWindow


def test_main_window_opens_with_tabs_and_remembers_size(ui_ctx, qtbot):
    window = MainWindow(ui_ctx)
    window.finish_menus()
    qtbot.addWidget(window)
    window.resize(1300, 700)
    window.show()
    shown = window.size()  # the window may be held wider by its tabs' minimum size
    assert window.tabs.count() >= 0
    assert "Ready" in window.statusBar().currentMessage() or window.statusBar().currentMessage() == ""
    window.close()
    again = MainWindow(ui_ctx)
    qtbot.addWidget(again)
    assert again.size() == shown


def test_main_window_in_chinese(ui_ctx, qtbot):
    from erp_desktop import i18n

    i18n.set_language("zh_CN")
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "文件(&F)" in titles
