<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="287" />
      <source>PostgreSQL {version}, TLS {tls}, {state}</source>
      <translation>PostgreSQL {version}，TLS {tls}，{state}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="563" />
      <source>Stock of {code} {name} in {where} went negative ({qty}) after merging sales made offline on several PCs.</source>
      <translation>{code} {name} 在 {where} 的库存在合并多台电脑离线期间的销售后变为负数（{qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="201" />
      <source>Server, database and user are needed.</source>
      <translation>需要填写服务器、数据库和用户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="203" />
      <source>The port must be between 1 and 65535.</source>
      <translation>端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="257" />
      <source>No sync server is set up. Enter it in Settings → Sync, or pass --server.</source>
      <translation>尚未设置同步服务器。请在 设置 → 同步 中填写，或使用 --server 参数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="309" />
      <source>This PC works straight on the shared database (online mode): there is nothing to sync.</source>
      <translation>本机直接使用共享数据库（在线模式），无需同步。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="328" />
      <source>The shared database refused a change: {error}</source>
      <translation>共享数据库拒绝了一条变更：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="332" />
      <source>Cannot reach the shared database: {error}</source>
      <translation>无法连接共享数据库：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="291" />
      <source>ready for sync</source>
      <translation>可以同步</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="291" />
      <source>not set up yet (the first sync sets it up)</source>
      <translation>尚未初始化（首次同步时自动初始化）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="420" />
      <source>Received {count} changes</source>
      <translation>已接收 {count} 条变更</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="784" />
      <source>No such conflict.</source>
      <translation>没有这个冲突。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="788" />
      <source>The record no longer exists.</source>
      <translation>该记录已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="221" />
      <source>No system keyring is available: the password is stored obfuscated in this PC's database file, not encrypted.</source>
      <translation>没有可用的系统密钥环：密码以混淆（非加密）方式保存在本机数据库文件中。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="373" />
      <source>This PC already has its own shop data and the shared database holds another shop's. Only one PC may bring existing data (the first to sync); join the others with a new, empty database file.</source>
      <translation>本机已有自己的店铺数据，而共享数据库中已有其他数据。只有一台电脑（第一个同步的）可以带入已有数据；其他电脑请用新的空数据库文件加入。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="648" />
      <source>Sent {count} changes</source>
      <translation>已发送 {count} 条变更</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/server.py" line="110" />
      <source>The sync server must be a PostgreSQL database (postgresql+psycopg://…).</source>
      <translation>同步服务器必须是 PostgreSQL 数据库（postgresql+psycopg://…）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/server.py" line="166" />
      <source>The shared database has a different schema ({server}) than this program ({mine}). Install the same erp-desktop version on every PC; after upgrading, run 'erp-desktop sync --upgrade-server' once.</source>
      <translation>共享数据库的结构（{server}）与本程序（{mine}）不同。请在每台电脑上安装相同版本的 erp-desktop；升级后运行一次 'erp-desktop sync --upgrade-server'。</translation>
    </message>
  </context>
</TS>
