<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/posting.py" line="65" />
      <source>{date} falls in a closed period (closed through {year}-{month:02d}). Post it into an open month.</source>
      <translation>{date} 属于已结账期间（已结账至 {year}-{month:02d}），请过账到未结账的月份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/posting.py" line="119" />
      <source>The journal entry does not balance: debit {debit}, credit {credit}.</source>
      <translation>凭证借贷不平：借方 {debit}，贷方 {credit}。</translation>
    </message>
  </context>
</TS>
