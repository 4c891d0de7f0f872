<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="161" />
      <source>reorder point {rp} + {avg}/day × {lead} days − (on hand {on_hand} + on order {on_order} − reserved {reserved}) = {need}; sold {sold} in {days} days</source>
      <translation>再订货点 {rp} + 日均 {avg} × {lead} 天 −（现存 {on_hand} + 在途 {on_order} − 预留 {reserved}）= {need}；{days} 天内销售 {sold}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="112" />
      <source>The sales window must be at least one day.</source>
      <translation>销量统计天数至少为一天。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="159" />
      <source>no supplier known</source>
      <translation>无已知供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="173" />
      <source>; rounded up to {qty} ({how})</source>
      <translation>；向上取整为 {qty}（{how}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="175" />
      <source>; best valid quote: {supplier} at {price}</source>
      <translation>；最优有效报价：{supplier}，单价 {price}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="200" />
      <source>Select the suggestions to order.</source>
      <translation>请选择要下单的建议。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="167" />
      <source>whole units</source>
      <translation>整数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="169" />
      <source>multiples of {n}</source>
      <translation>{n} 的倍数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="171" />
      <source>minimum order {n}</source>
      <translation>起订量 {n}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="177" />
      <source>; no valid quote, last supplier {supplier}</source>
      <translation>；无有效报价，上次供应商 {supplier}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="207" />
      <source>Choose a supplier for {code} {name}.</source>
      <translation>请为 {code} {name} 选择供应商。</translation>
    </message>
  </context>
</TS>
