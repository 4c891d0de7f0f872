<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="85" />
      <source>Enter the company name.</source>
      <translation>请输入公司名称。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="98" />
      <source>Company name</source>
      <translation>公司名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="98" />
      <source>English name</source>
      <translation>英文名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="98" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="98" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="99" />
      <source>Tax id</source>
      <translation>纳税人识别号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="99" />
      <source>Bank</source>
      <translation>银行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="99" />
      <source>Bank account</source>
      <translation>银行账号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="100" />
      <source>Logo</source>
      <translation>标志</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="100" />
      <source>Footer text</source>
      <translation>页脚文字</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="75" />
      <source>Company details changed</source>
      <translation>公司信息已修改</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="83" />
      <source>{field} is too long (at most {limit} characters).</source>
      <translation>{field}太长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="90" />
      <source>The logo file {path} does not exist.</source>
      <translation>标志图片 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/company.py" line="92" />
      <source>The logo must be a PNG, JPEG, GIF or BMP picture.</source>
      <translation>标志须为 PNG、JPEG、GIF 或 BMP 图片。</translation>
    </message>
  </context>
</TS>
