"""The 基础资料 / Master data tab: products, customers, suppliers, warehouses & bins, price lists,
categories and product templates with their variants (款式 / 规格), each a sub-tab. Sub-tabs are
built when first shown, so the window opens fast."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...i18n import tr
from ..context import AppContext


def tab_title() -> str:
    return tr("Master data")


class _LazyPage(QWidget):
    """A sub-tab's placeholder: builds its page with ``factory`` when first shown."""

    def __init__(self, key: str, factory: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.key, self.factory = key, factory
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)


class MasterDataTab(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        from .parties import CustomersPage, SuppliersPage
        from .prices import CategoriesPage, PriceListsPage
        from .products import ProductsPage
        from .variants import VariantsPage
        from .warehouses import WarehousesPage

        self._factories: list[Callable[[], QWidget]] = []
        self.pages: dict[str, QWidget] = {}
        for key, title, factory in [
            ("products", tr("Products"), lambda: ProductsPage(ctx)),
            ("customers", tr("Customers"), lambda: CustomersPage(ctx)),
            ("suppliers", tr("Suppliers"), lambda: SuppliersPage(ctx)),
            ("warehouses", tr("Warehouses & bins").replace("&", "&&"), lambda: WarehousesPage(ctx)),
            ("prices", tr("Price lists"), lambda: PriceListsPage(ctx)),
            ("categories", tr("Categories"), lambda: CategoriesPage(ctx)),
            ("variants", tr("Templates & variants").replace("&", "&&"), lambda: VariantsPage(ctx)),
        ]:
            self.addTab(_LazyPage(key, factory, self), title)
        self.currentChanged.connect(self._ensure)
        self._ensure(0)

    def _ensure(self, index: int) -> None:
        holder = self.widget(index)
        if isinstance(holder, _LazyPage) and holder.key not in self.pages:
            page = holder.factory()
            holder.box.addWidget(page)
            self.pages[holder.key] = page

    def page(self, key: str) -> QWidget:
        """The sub-tab ``key`` (built if needed), made current."""
        for i in range(self.count()):
            holder = self.widget(i)
            if isinstance(holder, _LazyPage) and holder.key == key:
                self.setCurrentIndex(i)
                self._ensure(i)
                return self.pages[key]
        raise KeyError(key)


def create_tab(ctx: AppContext) -> QWidget:
    return MasterDataTab(ctx)
