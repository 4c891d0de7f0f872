<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="216" />
      <source>Code {code} is already used by {what} {other}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="337" />
      <source>Next date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="340" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="458" />
      <source>Quote {n}: pick a product.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="269" />
      <source>That customer no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="339" />
      <source>The next date is before the follow-up date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="357" />
      <source>That follow-up no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="394" />
      <source>{code} is already used; deactivate it instead of deleting it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="438" />
      <source>That supplier no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="344" />
      <source>Next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="207" />
      <source>Contact {n}: name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/parties.py" line="208" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
