"""A clothing shop's variants for tests: category 服装 with 颜色 (红 R / 蓝 B / 黑 K) and 尺码
(S / M / L / XL), and the template TS01 T恤 (¥59, cost ¥25) with its 12 variants generated."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from erp_desktop.services import masterdata


@dataclass(frozen=True)
class Clothing:
    category: uuid.UUID
    colour: uuid.UUID
    size: uuid.UUID
    template: uuid.UUID

    def product(self, uow, code: str) -> uuid.UUID:
        found = masterdata.get_product_by_code(uow, code)
        assert found is not None, code
        return found.id


def clothing(uow, *, generate: bool = True, code: str = "TS01", category: str = "服装") -> Clothing:
    node = masterdata.add_category(uow, category)
    colour = masterdata.add_dimension(uow, node.id, "颜色", "红:R, 蓝:B, 黑:K")
    size = masterdata.add_dimension(uow, node.id, "尺码", "S, M, L, XL")
    template = masterdata.save_template(
        uow,
        masterdata.TemplateInput(
            code=code,
            name="T恤",
            category_id=node.id,
            dimension1_id=colour.id,
            dimension2_id=size.id,
            unit="件",
            purchase_price=Decimal("25"),
            sale_price=Decimal("59"),
        ),
    )
    if generate:
        masterdata.generate_variants(uow, template.id)
    return Clothing(node.id, colour.id, size.id, template.id)
