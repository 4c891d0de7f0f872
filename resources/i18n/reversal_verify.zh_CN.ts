<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/reversal_verify.py" line="161" />
      <source>Money reversals pair up with their originals</source>
      <translation>资金冲销单与原单据一一对应</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reversal_verify.py" line="187" />
      <source>Stock reversals pair up with their originals</source>
      <translation>库存冲销单与原单据一一对应</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reversal_verify.py" line="62" />
      <source>{original} was reversed {count} times ({reversals}), probably on two computers while offline; it is undone more than once.</source>
      <translation>{original} 被冲销了 {count} 次（{reversals}），可能是两台电脑离线时各自冲销了它；该单据被重复冲回。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reversal_verify.py" line="102" />
      <source>{original} is marked as reversed, but no reversal points at it.</source>
      <translation>{original} 标记为已冲销，但没有任何冲销单指向它。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reversal_verify.py" line="155" />
      <source>{reversal} does not take back the money of {original}: account {account} is left with {amount}.</source>
      <translation>{reversal} 未完全冲回 {original} 的资金：账户 {account} 仍余 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reversal_verify.py" line="159" />
      <source>The journal entry of {reversal} does not cancel that of {original} line by line: {count} line(s) left over.</source>
      <translation>{reversal} 的凭证未能逐行冲抵 {original} 的凭证：有 {count} 行未抵消。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reversal_verify.py" line="185" />
      <source>The stock moves of {reversal} do not mirror those of {original}: {count} move(s) without a counterpart.</source>
      <translation>{reversal} 的库存移动与 {original} 的不对应：有 {count} 笔移动找不到对应记录。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reversal_verify.py" line="81" />
      <source>{reversal} is the reversal of a document that does not exist.</source>
      <translation>{reversal} 冲销的原单据不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reversal_verify.py" line="84" />
      <source>{reversal} reverses {original}, but the two documents are of different kinds.</source>
      <translation>{reversal} 冲销 {original}，但两张单据的类型不同。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reversal_verify.py" line="87" />
      <source>{reversal} reverses {original}, which is itself a reversal.</source>
      <translation>{reversal} 冲销的 {original} 本身就是冲销单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reversal_verify.py" line="89" />
      <source>{reversal} reverses {original} for {amount}, but {original} is for {original_amount}.</source>
      <translation>{reversal} 冲销 {original} 的金额为 {amount}，但 {original} 的金额是 {original_amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reversal_verify.py" line="92" />
      <source>{reversal} reverses {original}, but they are not both posted.</source>
      <translation>{reversal} 冲销 {original}，但两张单据中有未过账的。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reversal_verify.py" line="94" />
      <source>{reversal} reverses {original}, but {original} is not marked as reversed by it.</source>
      <translation>{reversal} 冲销 {original}，但 {original} 未登记被 {reversal} 冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/reversal_verify.py" line="64" />
      <source>, </source>
      <translation>、</translation>
    </message>
  </context>
</TS>
