<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="85" />
      <source>Enter the company name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="98" />
      <source>Company name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="98" />
      <source>English name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="98" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="98" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="99" />
      <source>Tax id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="99" />
      <source>Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="99" />
      <source>Bank account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="100" />
      <source>Logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="100" />
      <source>Footer text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="75" />
      <source>Company details changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="83" />
      <source>{field} is too long (at most {limit} characters).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="90" />
      <source>The logo file {path} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="92" />
      <source>The logo must be a PNG, JPEG, GIF or BMP picture.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
