<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="31" />
      <source>Receipt of money</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="31" />
      <source>Sales return</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="32" />
      <source>Goods receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="32" />
      <source>Purchase return</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="33" />
      <source>Other expense</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="33" />
      <source>Manual entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="35" />
      <source>90+ days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="57" />
      <source>Unknown party kind {kind}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="238" />
      <source>The period ends before it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="243" />
      <source>No such customer or supplier: {ref}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="247" />
      <source>Adjustment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="248" />
      <source>In transit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="248" />
      <source>Opening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="159" />
      <source>(no category)</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
