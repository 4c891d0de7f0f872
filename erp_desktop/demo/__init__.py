"""The demo shop: a realistic small Chinese shop to try the program on (``erp-desktop demo``,
``erp-desktop --demo``). Deterministic for a seed, and fast (one transaction per step).

Building is a list of steps, ``DEMO_STEPS``, run in ``order``. Master data is step 10. Other
areas add their own steps (opening stock, purchases, sales, receipts …) by calling
``register_step`` in a module listed in ``DEMO_MODULES`` (imported, when present, before the
steps run)::

    # erp_desktop/services/demo_inventory.py
    from .demo import register_step
    @register_step("opening stock", order=20)
    def opening_stock(uow, rng): ...   # use your own services; rng is a seeded random.Random

Each step gets the unit of work and its own ``random.Random`` seeded from the shop seed and the
step's name, so adding a step never changes what the others make.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from erp_desktop import config
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import Category, PriceList, PriceListItem, Product, ProductBarcode
from erp_desktop.models.parties import Address, Contact, Customer, FollowUp, Supplier, SupplierQuote
from erp_desktop.models.warehouse import Location, LocationKind, Warehouse
from erp_desktop.money import price as round_price
from erp_desktop.storage.uow import UnitOfWork

StepFn = Callable[[UnitOfWork, random.Random], None]


@dataclass(frozen=True)
class DemoStep:
    name: str
    order: int
    fn: StepFn


DEMO_STEPS: list[DemoStep] = []
DEMO_MODULES = (
    "erp_desktop.demo.inventory",
    "erp_desktop.demo.purchasing",
    "erp_desktop.demo.sales",
    "erp_desktop.demo.finance",
)
# The demo's "today": the day it is built (``build_demo(today=…)`` to fix it). Every date in the
# demo is an offset from it, so a demo built today has today's sales on its first dashboard, and
# two builds on the same day (and seed) are identical.
DEMO_TODAY = date.today()


def demo_today() -> date:
    """The day the demo being built counts as today."""
    return DEMO_TODAY


# the demo company: a real letterhead on every printout
DEMO_COMPANY = {
    "name": "杭州鑫隆百货商行",
    "name_en": "Hangzhou Xinlong Trading",
    "address": "浙江省杭州市拱墅区莫干山路 1288 号",
    "phone": "0571-8888 6666",
    "tax_id": "91330105MA2H3K8X1Q",
    "bank_name": "中国工商银行杭州莫干山路支行",
    "bank_account": "1202 0212 0990 0123 456",
    "footer": "谢谢惠顾 · 货物当面点清，质量问题七日内凭单退换",
}


def register_step(name: str, *, order: int = 50) -> Callable[[StepFn], StepFn]:
    def wrap(fn: StepFn) -> StepFn:
        if not any(s.name == name for s in DEMO_STEPS):
            DEMO_STEPS.append(DemoStep(name, order, fn))
        return fn

    return wrap


def build_demo(
    uow: UnitOfWork,
    *,
    seed: int = 1,
    steps: list[str] | None = None,
    today: date | None = None,
    progress: Callable[[int, int, str], object] | None = None,
) -> list[str]:
    """Fill an empty shop with the demo data dated around ``today`` (the day it is built);
    returns the names of the steps run. ``progress(done, total, step name)`` is called before
    each step and at the end (a step is one transaction: the build is not cancellable)."""
    global DEMO_TODAY
    DEMO_TODAY = today or date.today()
    with uow.read() as tx:
        if tx.scalar(select(func.count()).select_from(Product)):
            raise ValidationError(
                tr("This shop already has products; the demo needs an empty shop (use a new --db file).")
            )
    for path in DEMO_MODULES:
        try:
            importlib.import_module(path)
        except ModuleNotFoundError as exc:
            if exc.name != path:
                raise
    done = []
    todo = [s for s in sorted(DEMO_STEPS, key=lambda s: (s.order, s.name)) if steps is None or s.name in steps]
    for n, step in enumerate(todo):
        if progress is not None:
            progress(n, len(todo), step.name)
        step.fn(uow, random.Random(f"{seed}:{step.name}"))
        done.append(step.name)
    if progress is not None:
        progress(len(todo), len(todo), "")
    return done


def open_demo_shop(progress: Callable[[int, int, str], object] | None = None) -> UnitOfWork:
    """The demo shop in the data folder (``demo.sqlite3``), created and filled on first use."""
    from erp_desktop.services.system.setup import open_shop

    uow = open_shop(config.data_dir() / "demo.sqlite3")
    if demo_needed(uow):
        build_demo(uow, progress=progress)
    return uow


def demo_needed(uow: UnitOfWork) -> bool:
    """True while the shop has no products (the demo is still to be built)."""
    with uow.read() as tx:
        return not tx.scalar(select(func.count()).select_from(Product))


# --------------------------------------------------------------------------- master data

CATALOG: dict[str, dict[str, list[tuple[str, list[str], str, str, tuple[str, ...]]]]] = {
    # top category → sub-category → [(name, specs, unit, price range "lo-hi", colours)]
    "饮料": {
        "茶叶": [
            ("西湖龙井", ["250g", "500g"], "盒", "68-198", ()),
            ("安溪铁观音", ["250g", "500g"], "罐", "58-168", ()),
            ("云南普洱茶饼", ["357g"], "饼", "88-268", ()),
            ("福鼎白茶", ["200g"], "盒", "98-228", ()),
            ("正山小种红茶", ["250g"], "盒", "58-138", ()),
            ("茉莉花茶", ["100g", "250g"], "袋", "18-48", ()),
        ],
        "碳酸饮料": [
            ("可口可乐", ["330ml", "500ml", "2L"], "瓶", "2.5-7.5", ()),
            ("雪碧", ["330ml", "500ml"], "瓶", "2.5-4", ()),
            ("芬达橙味汽水", ["500ml"], "瓶", "3-4", ()),
            ("百事可乐", ["330ml", "1.25L"], "罐", "2.5-6", ()),
        ],
        "果汁": [
            ("农夫果园混合果汁", ["500ml"], "瓶", "4.5-6", ()),
            ("汇源100%橙汁", ["1L"], "盒", "12-16", ()),
            ("美汁源果粒橙", ["420ml", "1.25L"], "瓶", "3.5-8", ()),
        ],
        "矿泉水": [
            ("农夫山泉", ["550ml", "1.5L", "4L"], "瓶", "2-9", ()),
            ("怡宝纯净水", ["555ml", "1.555L"], "瓶", "2-4.5", ()),
            ("百岁山矿泉水", ["570ml"], "瓶", "3-3.5", ()),
        ],
    },
    "零食": {
        "膨化食品": [
            ("乐事薯片原味", ["70g", "135g"], "袋", "6.5-12", ()),
            ("上好佳鲜虾片", ["40g"], "袋", "3.5-4", ()),
            ("旺旺雪饼", ["84g", "520g"], "袋", "5-25", ()),
        ],
        "饼干糕点": [
            ("奥利奥夹心饼干", ["97g", "388g"], "盒", "7.5-24", ()),
            ("好丽友派", ["6枚", "12枚"], "盒", "12-22", ()),
            ("达利园法式软面包", ["400g"], "袋", "12-15", ()),
        ],
        "坚果炒货": [
            ("三只松鼠每日坚果", ["25g*7", "25g*30"], "盒", "39-129", ()),
            ("洽洽香瓜子", ["260g"], "袋", "9.9-12", ()),
            ("良品铺子碧根果", ["120g"], "袋", "25-32", ()),
        ],
        "糖果": [
            ("大白兔奶糖", ["114g", "454g"], "袋", "8-28", ()),
            ("阿尔卑斯棒棒糖", ["20支"], "袋", "12-15", ()),
            ("德芙丝滑牛奶巧克力", ["43g", "252g"], "块", "7-45", ()),
        ],
    },
    "日用品": {
        "洗护": [
            ("海飞丝去屑洗发水", ["400ml", "750ml"], "瓶", "39-69", ()),
            ("舒肤佳香皂", ["108g"], "块", "4.5-6", ("纯白", "芦荟")),
            ("高露洁牙膏", ["140g"], "支", "9.9-14", ()),
            ("蓝月亮洗衣液", ["1kg", "3kg"], "瓶", "19.9-49", ()),
        ],
        "纸品": [
            ("维达抽纸", ["3层*130抽*6包"], "提", "19.9-25", ()),
            ("心相印卷纸", ["10卷"], "提", "22-28", ()),
            ("清风湿巾", ["80片"], "包", "9.9-12", ()),
        ],
        "厨房用品": [
            ("妙洁保鲜袋", ["中号100只"], "盒", "9.9-12", ()),
            ("双立人不锈钢汤勺", ["标准"], "把", "39-59", ("银色",)),
            ("乐扣玻璃保鲜盒", ["370ml", "1L"], "个", "29-59", ("透明", "蓝色")),
        ],
    },
    "文具": {
        "笔类": [
            ("晨光中性笔", ["0.5mm"], "支", "1.5-2.5", ("黑色", "蓝色", "红色")),
            ("得力记号笔", ["粗头"], "支", "2.5-3.5", ("黑色", "红色")),
            ("百乐按动圆珠笔", ["0.7mm"], "支", "6-9", ("黑色", "蓝色")),
        ],
        "本册": [
            ("得力笔记本", ["A5", "B5"], "本", "4.5-9", ("蓝色", "粉色")),
            ("晨光作业本", ["16K"], "本", "1-1.5", ()),
        ],
        "办公用品": [
            ("得力订书机", ["12号"], "个", "12-19", ("黑色",)),
            ("齐心文件夹", ["A4"], "个", "3.5-6", ("蓝色", "透明")),
            ("3M便利贴", ["76*76mm"], "本", "4.5-6", ("黄色", "彩色")),
        ],
    },
    "粮油": {
        "大米": [("五常大米", ["5kg", "10kg"], "袋", "59-118", ()), ("泰国香米", ["5kg"], "袋", "45-55", ())],
        "食用油": [("金龙鱼调和油", ["5L"], "桶", "59-69", ()), ("鲁花花生油", ["5L"], "桶", "129-149", ())],
        "调味品": [
            ("海天生抽酱油", ["500ml", "1.9L"], "瓶", "6.5-19", ()),
            ("老干妈风味豆豉", ["280g"], "瓶", "9.9-12", ()),
            ("太太乐鸡精", ["200g"], "袋", "8-10", ()),
        ],
    },
}
SUPPLIERS = [
    ("S001", "杭州西湖茶叶有限公司", "茶叶", "A"),
    ("S002", "福建安溪茶业合作社", "茶叶", "B"),
    ("S003", "华东饮料批发中心", "饮料", "A"),
    ("S004", "上海休闲食品供应链", "零食", "A"),
    ("S005", "广州日化贸易公司", "日用品", "B"),
    ("S006", "义乌文具批发城", "文具", "A"),
    ("S007", "东北粮油直供", "粮油", "A"),
    ("S008", "苏州纸品厂", "日用品", "C"),
    ("S009", "宁波厨具贸易", "日用品", "B"),
    ("S010", "南京调味品经销部", "粮油", "B"),
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"
SHOP_WORDS = ["便利店", "超市", "小卖部", "副食店", "百货", "商行", "烟酒店", "茶庄"]
PLACES = ["西湖", "拱墅", "滨江", "萧山", "余杭", "上城", "临平", "富阳"]
STREETS = ["文三路", "莫干山路", "延安路", "解放路", "学院路", "庆春路", "天目山路", "江南大道"]
TIERS = [("零售", 30), ("批发", 14), ("VIP", 6)]
SALESPEOPLE = ["王小明", "李娜", "张伟"]


def _ean13(body12: str) -> str:
    digits = [int(c) for c in body12]
    check = (10 - (sum(digits[0::2]) + 3 * sum(digits[1::2])) % 10) % 10
    return body12 + str(check)


@register_step("master data", order=10)
def master_data(uow: UnitOfWork, rng: random.Random) -> None:
    """Categories, ~200 products, 2 warehouses with bins, 50 customers in tiers with price
    lists, 10 suppliers with quotes — one transaction."""
    from erp_desktop.services.system.company import CompanyInfo, save_company
    from erp_desktop.services.system.setup import ensure_walk_in_customer

    save_company(uow, CompanyInfo(**DEMO_COMPANY))
    ensure_walk_in_customer(uow)  # 散客, as in every new shop
    with uow.write() as tx:
        products = _products(tx, rng)
        _warehouses(tx)
        customers = _customers(tx, rng)
        _price_lists(tx, rng, products)
        _suppliers(tx, rng, products)
        del customers


def _products(tx, rng: random.Random) -> list[Product]:
    made: list[Product] = []
    n = 0
    for top_order, (top, subs) in enumerate(CATALOG.items()):
        top_row = Category(name=top, path=top, sort_order=top_order)
        tx.add(top_row)
        tx.flush()
        for sub_order, (sub, items) in enumerate(subs.items()):
            sub_row = Category(name=sub, parent_id=top_row.id, path=f"{top}/{sub}", sort_order=sub_order)
            tx.add(sub_row)
            tx.flush()
            for name, specs, unit, prices, colours in items:
                lo, hi = (Decimal(x) for x in prices.split("-"))
                for i, spec in enumerate(specs):
                    for colour in colours or ("",):
                        n += 1
                        step = (hi - lo) / max(1, len(specs) - 1) if len(specs) > 1 else Decimal(0)
                        sale = round_price(lo + step * i).quantize(Decimal("0.1"))
                        cost = round_price(sale * Decimal(rng.randint(58, 78)) / 100).quantize(Decimal("0.01"))
                        food = top in ("饮料", "零食", "粮油")
                        p = Product(
                            code=f"{_prefix(top)}{n:04d}",
                            name=name,
                            category_id=sub_row.id,
                            spec=spec,
                            colour=colour,
                            unit=unit,
                            tax_rate=Decimal("0.13") if not (top == "粮油" and sub != "调味品") else Decimal("0.09"),
                            purchase_price=cost,
                            sale_price=sale,
                            reorder_point=Decimal(rng.choice([5, 10, 20, 24, 50])),
                            reorder_qty=Decimal(rng.choice([24, 48, 100])),
                            attributes={"品牌": name[:2]}
                            | ({"保质期": f"{rng.choice([6, 9, 12, 18])}个月"} if food else {}),
                            active=True,
                        )
                        p.barcodes = [ProductBarcode(barcode=_ean13(f"69{rng.randint(10**9, 10**10 - 1)}"))]
                        if n % 7 == 0:  # a case barcode too
                            p.barcodes.append(ProductBarcode(barcode=_ean13(f"16{rng.randint(10**9, 10**10 - 1)}")))
                        tx.add(p)
                        made.append(p)
    # round the range up to ~200 products with "新品" variants of existing ones
    base = list(made)
    while len(made) < 200:
        n += 1
        src = base[len(made) % len(base)]
        variant = rng.choice(["礼盒装", "家庭装", "量贩装", "便携装", "促销装"])
        p = Product(
            code=f"{src.code[:2]}{n:04d}",
            name=f"{src.name}({variant})",
            category_id=src.category_id,
            spec=src.spec,
            colour=src.colour,
            unit=rng.choice(["箱", "盒", src.unit]),
            tax_rate=src.tax_rate,
            purchase_price=(src.purchase_price * 3).quantize(Decimal("0.01")),
            sale_price=(src.sale_price * 3).quantize(Decimal("0.1")),
            reorder_point=Decimal(5),
            reorder_qty=Decimal(20),
            attributes=dict(src.attributes),
            active=True,
        )
        p.barcodes = [ProductBarcode(barcode=_ean13(f"69{rng.randint(10**9, 10**10 - 1)}"))]
        tx.add(p)
        made.append(p)
    made[-1].active = False  # one discontinued product
    tx.flush()
    return made


def _prefix(top: str) -> str:
    return {"饮料": "YL", "零食": "LS", "日用品": "RY", "文具": "WJ", "粮油": "LY"}.get(top, "SP")


def _warehouses(tx) -> None:
    layouts = [
        (
            "W01",
            "总仓",
            "杭州市余杭区仓前街道良睦路88号",
            "forbid",
            [f"A-{i:02d}" for i in range(1, 7)] + [f"B-{i:02d}" for i in range(1, 5)],
        ),
        ("W02", "门店仓", "杭州市西湖区文三路128号", "warn", ["S-01", "S-02", "S-03"]),
    ]
    for code, name, address, policy, bins in layouts:
        w = Warehouse(code=code, name=name, address=address, negative_policy=policy)
        tx.add(w)
        tx.flush()
        for i, b in enumerate(bins, 1):
            status = "frozen" if b == "B-04" else "active"
            tx.add(
                Location(
                    warehouse_id=w.id,
                    code=b,
                    name=f"{name}{b}",
                    kind=LocationKind.BIN.value,
                    status=status,
                    capacity=Decimal(2000 if b.startswith("A") else 800),
                    sort_order=i,
                )
            )
    tx.flush()


def _customers(tx, rng: random.Random) -> list[Customer]:
    result: list[Customer] = []
    tiers = [t for t, count in TIERS for _ in range(count)]
    for i, tier in enumerate(tiers, 1):
        person = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.5 else "")
        place = rng.choice(PLACES)
        if tier == "零售" and i % 3 == 0:
            name = person
        else:
            name = (
                f"{place}{person[0]}记{rng.choice(SHOP_WORDS)}"
                if tier != "VIP"
                else f"杭州{place}{rng.choice(['连锁超市', '贸易有限公司', '酒店'])}"
            )
        phone = f"1{rng.choice([35, 38, 39, 58, 86, 77])}{rng.randint(10**7, 10**8 - 1)}"
        channel = rng.choice(["门店", "门店", "线上", "电话"])
        c = Customer(
            code=f"C{i:04d}",
            name=f"{name}{i}" if any(x.name == name for x in result) else name,
            tier=tier,
            channel=channel,
            tags=rng.sample(["老客户", "月结", "现结", "节日采购", "团购", "新客户"], k=rng.randint(0, 2)),
            salesperson=rng.choice(SALESPEOPLE),
            phone=phone,
            credit_limit={
                "零售": None,
                "批发": Decimal(rng.choice([20000, 50000])),
                "VIP": Decimal(rng.choice([100000, 200000])),
            }[tier],
            payment_terms_days={"零售": 0, "批发": 30, "VIP": 45}[tier],
        )
        c.contacts = [Contact(name=person, role="老板" if tier != "VIP" else "采购经理", phone=phone, is_primary=True)]
        c.addresses = [
            Address(
                label="送货", address=f"杭州市{place}区{rng.choice(STREETS)}{rng.randint(1, 399)}号", is_default=True
            )
        ]
        if tier != "零售":
            for k in range(rng.randint(1, 3)):
                on = demo_today() - timedelta(days=rng.randint(1, 90))
                c.follow_ups.append(
                    FollowUp(
                        on=on,
                        channel=rng.choice(["电话", "微信", "上门"]),
                        note=rng.choice(
                            ["询问新茶到货时间", "反馈上批饮料临期", "商量节日礼盒采购", "对账并催款", "介绍新品零食"]
                        ),
                        next_step=rng.choice(["", "送样品", "发报价单", "月底回访"]),
                        next_date=on + timedelta(days=rng.choice([7, 14, 30])) if k == 0 else None,
                        user_name=c.salesperson,
                    )
                )
        tx.add(c)
        result.append(c)
    tx.flush()
    return result


def _next_december(today: date) -> date:
    """1 December of this year, or of next year once this one's has begun."""
    return date(today.year if today.month < 12 else today.year + 1, 12, 1)


def _price_lists(tx, rng: random.Random, products: list[Product]) -> None:
    lists = [
        PriceList(name="批发价", tier="批发", priority=0),
        PriceList(name="VIP价", tier="VIP", priority=0),
        PriceList(
            name="线上双十二促销",
            channel="线上",
            valid_from=_next_december(demo_today()),
            valid_to=_next_december(demo_today()).replace(day=31),
            priority=5,
        ),
    ]
    tx.add_all(lists)
    tx.flush()
    for p in products:
        if not p.active:
            continue
        tx.add(
            PriceListItem(
                price_list_id=lists[0].id,
                product_id=p.id,
                price=(p.sale_price * Decimal("0.85")).quantize(Decimal("0.01")),
            )
        )
        tx.add(
            PriceListItem(
                price_list_id=lists[0].id,
                product_id=p.id,
                min_qty=Decimal(24),
                price=(p.sale_price * Decimal("0.80")).quantize(Decimal("0.01")),
            )
        )
        tx.add(
            PriceListItem(
                price_list_id=lists[1].id,
                product_id=p.id,
                price=(p.sale_price * Decimal("0.90")).quantize(Decimal("0.01")),
            )
        )
        if rng.random() < 0.2:
            tx.add(
                PriceListItem(
                    price_list_id=lists[2].id,
                    product_id=p.id,
                    price=(p.sale_price * Decimal("0.88")).quantize(Decimal("0.01")),
                )
            )
    tx.flush()


def _suppliers(tx, rng: random.Random, products: list[Product]) -> None:
    paths = dict(tx.execute(select(Category.id, Category.path)).all())
    for code, name, category, grade in SUPPLIERS:
        s = Supplier(
            code=code,
            name=name,
            category=category,
            grade=grade,
            tags=["长期合作"] if grade == "A" else [],
            phone=f"0571-{rng.randint(8000_0000, 8999_9999)}",
            lead_time_days=rng.choice([2, 3, 5, 7]),
            payment_terms_days=rng.choice([30, 45, 60]),
            address=f"{rng.choice(['杭州', '宁波', '义乌', '福州'])}市",
        )
        contact = rng.choice(SURNAMES) + rng.choice(["经理", "主管", "老板"])
        s.contacts = [
            Contact(
                name=contact,
                role="销售",
                phone=f"1{rng.choice([35, 38, 39])}{rng.randint(10**7, 10**8 - 1)}",
                is_primary=True,
            )
        ]
        tx.add(s)
        tx.flush()
        mine = [p for p in products if paths.get(p.category_id, "").startswith(category)]
        for p in rng.sample(mine, k=min(len(mine), rng.randint(6, 14))):
            tx.add(
                SupplierQuote(
                    supplier_id=s.id,
                    product_id=p.id,
                    price=(p.purchase_price * Decimal(rng.randint(95, 105)) / 100).quantize(Decimal("0.01")),
                    min_qty=Decimal(rng.choice([0, 12, 24, 50])),
                    lead_time_days=s.lead_time_days,
                    valid_from=date(demo_today().year, 1, 1),
                    valid_until=date(demo_today().year, 12, 31),
                )
            )
    tx.flush()
