<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="282" />
      <source>Code {code} is already used by {what} {other}.</source>
      <translation>编码 {code} 已被{what} {other} 使用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="352" />
      <source>That customer no longer exists.</source>
      <translation>该客户已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="357" />
      <source>That supplier no longer exists.</source>
      <translation>该供应商已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="524" />
      <source>Next date</source>
      <translation>下次日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="565" />
      <source>Quote {n}: pick a product.</source>
      <translation>报价 {n}：请选择商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="460" />
      <source>{code} is already used; deactivate it instead of deleting it.</source>
      <translation>{code} 已被使用；请停用而不是删除。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="526" />
      <source>The next date is before the follow-up date.</source>
      <translation>下次日期早于跟进日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="544" />
      <source>That follow-up no longer exists.</source>
      <translation>该跟进记录已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="531" />
      <source>Next step</source>
      <translation>下一步</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="262" />
      <source>Contact {n}: name</source>
      <translation>联系人 {n}：姓名</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="263" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
  </context>
</TS>
