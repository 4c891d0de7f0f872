<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="161" />
      <source>reorder point {rp} + {avg}/day × {lead} days − (on hand {on_hand} + on order {on_order} − reserved {reserved}) = {need}; sold {sold} in {days} days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="112" />
      <source>The sales window must be at least one day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="159" />
      <source>no supplier known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="173" />
      <source>; rounded up to {qty} ({how})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="175" />
      <source>; best valid quote: {supplier} at {price}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="200" />
      <source>Select the suggestions to order.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="167" />
      <source>whole units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="169" />
      <source>multiples of {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="171" />
      <source>minimum order {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="177" />
      <source>; no valid quote, last supplier {supplier}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/reorder.py" line="207" />
      <source>Choose a supplier for {code} {name}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
