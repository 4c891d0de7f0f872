<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="16" />
      <source>sync with the shared PostgreSQL database (pull, then push)</source>
      <translation>与共享 PostgreSQL 数据库同步（先拉取，再推送）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="17" />
      <source>postgresql+psycopg://user@host:5432/db (default: the saved settings)</source>
      <translation>postgresql+psycopg://用户@主机:5432/数据库（默认已保存的设置）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="20" />
      <source>rows per batch (one transaction each)</source>
      <translation>每批行数（每批一个事务）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="21" />
      <source>only show the sync status</source>
      <translation>只显示同步状态</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="23" />
      <source>migrate the shared database to this program's schema</source>
      <translation>将共享数据库升级到本程序的数据库结构</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="24" />
      <source>rebuild stock balances, costs and open items from the ledgers</source>
      <translation>根据流水重建库存余额、成本和往来明细</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="27" />
      <source>save the shared database's connection (password from ERP_SYNC_PASSWORD)</source>
      <translation>保存共享数据库的连接（密码取自 ERP_SYNC_PASSWORD）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="31" />
      <source>PostgreSQL user</source>
      <translation>PostgreSQL 用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="35" />
      <source>list versions that lost a merge; restore or dismiss one</source>
      <translation>列出合并中被覆盖的版本；恢复或忽略其中一个</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="36" />
      <source>include resolved ones</source>
      <translation>包括已处理的</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="40" />
      <source>list what merges raised for the owner (negative stock …)</source>
      <translation>列出合并后需店主处理的提醒（负库存等）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="48" />
      <source>Server: {server}</source>
      <translation>服务器：{server}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="49" />
      <source>Series: {series}</source>
      <translation>编号序列：{series}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="50" />
      <source>Last sync: {time}</source>
      <translation>上次同步：{time}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="51" />
      <source>Pending changes: {count}</source>
      <translation>待发送变更：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="52" />
      <source>Conflicts to review: {count}</source>
      <translation>待处理冲突：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="53" />
      <source>Alerts: {count}</source>
      <translation>警告：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="82" />
      <source>Sync done in {seconds:.1f} s: {pulled} received, {pushed} sent, {conflicts} conflicts.</source>
      <translation>同步完成，用时 {seconds:.1f} 秒：接收 {pulled} 条，发送 {pushed} 条，冲突 {conflicts} 个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="46" />
      <source>Online mode: this PC works straight on {server}.</source>
      <translation>在线模式：本机直接使用 {server}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="55" />
      <source>Last error: {error}</source>
      <translation>上次错误：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="71" />
      <source>Rebuilt stock balances, costs and open items; {count} negative balances.</source>
      <translation>已重建库存余额、成本和往来未清项；{count} 个负库存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="76" />
      <source>The shared database now has this program's schema.</source>
      <translation>共享数据库已升级为本程序的结构。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="80" />
      <source>This PC joined the shop on the shared database.</source>
      <translation>本机已加入共享数据库中的店铺。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="91" />
      <source>ALERT: {message}</source>
      <translation>警告：{message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="112" />
      <source>Restored; the next sync sends it to the other PCs.</source>
      <translation>已恢复；下次同步时会发送到其他电脑。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="122" />
      <source>No conflicts.</source>
      <translation>没有冲突。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="125" />
      <source>Detected</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="125" />
      <source>Table</source>
      <translation>数据表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="125" />
      <source>Lost</source>
      <translation>被覆盖方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="125" />
      <source>Won</source>
      <translation>保留方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="138" />
      <source>No alerts.</source>
      <translation>没有警告。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="140" />
      <source>Raised</source>
      <translation>发出时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="140" />
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="152" />
      <source>No conflict with id {id}; `erp-desktop sync-conflicts` lists them.</source>
      <translation>没有 ID 为 {id} 的冲突记录；可用 `erp-desktop sync-conflicts` 查看列表。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="48" />
      <source>not set up</source>
      <translation>未设置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="50" />
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="288" />
      <source>PostgreSQL {version}, TLS {tls}, {state}</source>
      <translation>PostgreSQL {version}，TLS {tls}，{state}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="567" />
      <source>Stock of {code} {name} in {where} went negative ({qty}) after merging sales made offline on several PCs.</source>
      <translation>{code} {name} 在 {where} 的库存在合并多台电脑离线期间的销售后变为负数（{qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="202" />
      <source>Server, database and user are needed.</source>
      <translation>需要填写服务器、数据库和用户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="204" />
      <source>The port must be between 1 and 65535.</source>
      <translation>端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="258" />
      <source>No sync server is set up. Enter it in Settings → Sync, or pass --server.</source>
      <translation>尚未设置同步服务器。请在 设置 → 同步 中填写，或使用 --server 参数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="310" />
      <source>This PC works straight on the shared database (online mode): there is nothing to sync.</source>
      <translation>本机直接使用共享数据库（在线模式），无需同步。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="329" />
      <source>The shared database refused a change: {error}</source>
      <translation>共享数据库拒绝了一条变更：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="333" />
      <source>Cannot reach the shared database: {error}</source>
      <translation>无法连接共享数据库：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="292" />
      <source>ready for sync</source>
      <translation>可以同步</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="292" />
      <source>not set up yet (the first sync sets it up)</source>
      <translation>尚未初始化（首次同步时自动初始化）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="421" />
      <source>Received {count} changes</source>
      <translation>已接收 {count} 条变更</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="868" />
      <source>No such conflict.</source>
      <translation>没有这个冲突。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="872" />
      <source>The record no longer exists.</source>
      <translation>该记录已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="222" />
      <source>No system keyring is available: the password is stored obfuscated in this PC's database file, not encrypted.</source>
      <translation>没有可用的系统密钥环：密码以混淆（非加密）方式保存在本机数据库文件中。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="374" />
      <source>This PC already has its own shop data and the shared database holds another shop's. Only one PC may bring existing data (the first to sync); join the others with a new, empty database file.</source>
      <translation>本机已有自己的店铺数据，而共享数据库中已有其他数据。只有一台电脑（第一个同步的）可以带入已有数据；其他电脑请用新的空数据库文件加入。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="657" />
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
