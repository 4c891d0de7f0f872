<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="303" />
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="304" />
      <source>Awaiting delivery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="305" />
      <source>Partly delivered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="306" />
      <source>Delivered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="307" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="308" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="309" />
      <source>Converted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="310" />
      <source>Posted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="49" />
      <source>{number} was changed by someone else meanwhile (version {theirs}, yours {mine}); reload it and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="91" />
      <source>Quote {number} is {state}; it cannot become {to}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="97" />
      <source>Quote {number} is {state} and can no longer be edited.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="143" />
      <source>Order {number} is {state}; it cannot become {to}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="151" />
      <source>Order {number} is {state}; only a draft can be edited.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="159" />
      <source>Order {number} has no lines.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="164" />
      <source>Order {number} is {state}; only a confirmed order can be delivered.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
