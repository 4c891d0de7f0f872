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
      <source>this file is a copy of another PC's: make it a new PC (new id and series, data kept), then sync</source>
      <translation>此文件是另一台电脑文件的副本：把它设为新电脑（新编号和系列，数据保留），然后同步</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="32" />
      <source>this file only moved (or the program was reinstalled) and no other copy syncs: keep its identity</source>
      <translation>此文件只是被移动（或程序重装），且没有其他副本在同步：保留其身份</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="37" />
      <source>save the shared database's connection (password from ERP_SYNC_PASSWORD)</source>
      <translation>保存共享数据库的连接（密码取自 ERP_SYNC_PASSWORD）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="41" />
      <source>PostgreSQL user</source>
      <translation>PostgreSQL 用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="45" />
      <source>list versions that lost a merge; restore or dismiss one</source>
      <translation>列出合并中被覆盖的版本；恢复或忽略其中一个</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="46" />
      <source>include resolved ones</source>
      <translation>包括已处理的</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="51" />
      <source>list rows the sync set aside (a duplicate code …); dismiss one</source>
      <translation>列出同步搁置的行（重复的编码……）；忽略其中一条</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="52" />
      <source>include dismissed ones</source>
      <translation>包括已忽略的</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="57" />
      <source>create the shop's roles and rules on the shared database (owner, once)</source>
      <translation>在共享数据库上创建店铺的角色和规则（店主，一次）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="59" />
      <source>make a login for a new PC and print its one-time invitation code</source>
      <translation>为新电脑创建登录并打印一次性邀请码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="60" />
      <source>the PC's name (counter, warehouse …)</source>
      <translation>电脑名称（前台、仓库……）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="62" />
      <source>the code is valid this long (default 48)</source>
      <translation>邀请码有效小时数（默认 48）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="63" />
      <source>the users who sign in at this PC (their hashes go there)</source>
      <translation>在这台电脑登录的用户（其密码校验数据会同步过去）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="67" />
      <source>set the users who sign in at a PC (only their password hashes reach it)</source>
      <translation>设置可在某台电脑登录的用户（只有他们的密码校验数据会同步到该电脑）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="69" />
      <source>user names, comma-separated ('' for none)</source>
      <translation>用户名，用逗号分隔（'' 表示无人）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="71" />
      <source>join the shop with an invitation code (this PC's password from ERP_NEW_SYNC_PASSWORD)</source>
      <translation>用邀请码加入店铺（本机密码取自 ERP_NEW_SYNC_PASSWORD）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="76" />
      <source>take a PC's login away at once (its next sync is refused)</source>
      <translation>立即收回一台电脑的登录（其下次同步将被拒绝）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="79" />
      <source>list the PCs' logins, their roles and what the server refused from them</source>
      <translation>列出各电脑的登录、角色以及服务器拒绝的内容</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="50" />
      <source>list what merges raised for the owner (negative stock …)</source>
      <translation>列出合并后需店主处理的提醒（负库存等）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="89" />
      <source>Server: {server}</source>
      <translation>服务器：{server}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="90" />
      <source>Series: {series}</source>
      <translation>编号序列：{series}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="91" />
      <source>Last sync: {time}</source>
      <translation>上次同步：{time}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="92" />
      <source>Pending changes: {count}</source>
      <translation>待发送变更：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="93" />
      <source>Conflicts to review: {count}</source>
      <translation>待处理冲突：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="94" />
      <source>Alerts: {count}</source>
      <translation>警告：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="95" />
      <source>Set-aside rows to fix: {count}</source>
      <translation>待处理的搁置行：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="134" />
      <source>Sync done in {seconds:.1f} s: {pulled} received, {pushed} sent, {conflicts} conflicts.</source>
      <translation>同步完成，用时 {seconds:.1f} 秒：接收 {pulled} 条，发送 {pushed} 条，冲突 {conflicts} 个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="258" />
      <source>The shared database now refuses what a PC's login may not do (roles {prefix}_…).</source>
      <translation>共享数据库现在会拒绝电脑登录无权执行的操作（角色 {prefix}_…）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="260" />
      <source>Each PC now receives only the password hashes of the users who sign in there ('erp-desktop sync-pc-users LOGIN --users a,b') and no costs its role may not see.</source>
      <translation>现在每台电脑只会收到在该电脑登录的用户的密码校验数据（'erp-desktop sync-pc-users 登录名 --users a,b'），也不会收到其角色无权查看的成本。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="272" />
      <source>Invitation for {name} ({role}), valid {hours} hours, once:</source>
      <translation>{name}（{role}）的邀请码，{hours} 小时内有效，仅可使用一次：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="291" />
      <source>Users who sign in at {login}: {users}. Their password hashes reach it at its next sync; the others' leave it.</source>
      <translation>在 {login} 登录的用户：{users}。下次同步时这些用户的密码校验数据会同步到该电脑，其他用户的会从该电脑删除。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="306" />
      <source>This PC has its own login now (role {role}); run 'erp-desktop sync' to join the shop.</source>
      <translation>本机已有自己的登录（角色 {role}）；运行 'erp-desktop sync' 加入店铺。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="320" />
      <source>{login} can no longer connect.</source>
      <translation>{login} 已无法连接。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="87" />
      <source>Online mode: this PC works straight on {server}.</source>
      <translation>在线模式：本机直接使用 {server}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="97" />
      <source>WARNING: {message}</source>
      <translation>警告：{message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="117" />
      <source>Rebuilt stock balances, costs and open items; {count} negative balances.</source>
      <translation>已重建库存余额、成本和往来未清项；{count} 个负库存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="122" />
      <source>This file keeps its PC identity on this computer.</source>
      <translation>此文件在这台电脑上保留其电脑身份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="125" />
      <source>This file is now a PC of its own: document series {series}.</source>
      <translation>此文件现在是一台独立的电脑：单号系列 {series}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="128" />
      <source>The shared database now has this program's schema.</source>
      <translation>共享数据库已升级为本程序的结构。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="132" />
      <source>This PC joined the shop on the shared database.</source>
      <translation>本机已加入共享数据库中的店铺。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="143" />
      <source>ALERT: {message}</source>
      <translation>警告：{message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="145" />
      <source>NOTE: {message}</source>
      <translation>提示：{message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="149" />
      <source>{count} rows were set aside (one side refused them); the rest synced. See 'erp-desktop sync-problems'.</source>
      <translation>有 {count} 行被搁置（一方拒绝了它们）；其余已同步。请查看 'erp-desktop sync-problems'。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="174" />
      <source>Restored; the next sync sends it to the other PCs.</source>
      <translation>已恢复；下次同步时会发送到其他电脑。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="184" />
      <source>No conflicts.</source>
      <translation>没有冲突。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="187" />
      <source>Detected</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="187" />
      <source>Table</source>
      <translation>数据表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="187" />
      <source>Lost</source>
      <translation>被覆盖方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="187" />
      <source>Won</source>
      <translation>保留方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="200" />
      <source>No alerts.</source>
      <translation>没有警告。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="202" />
      <source>Raised</source>
      <translation>发出时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="202" />
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="222" />
      <source>Dismissed: off the task list; the sync still applies it once it can.</source>
      <translation>已忽略：不再列为任务；一旦可以，同步仍会应用它。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="229" />
      <source>No set-aside rows.</source>
      <translation>没有被搁置的行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="233" />
      <source>#{id} [{side}] {message}</source>
      <translation>#{id} [{side}] {message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="309" />
      <source>No system keyring: note this PC's sync password, it is asked for at the next start: {password}</source>
      <translation>没有系统钥匙串：请记下本机的同步密码，下次启动时需要输入：{password}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="332" />
      <source>Login</source>
      <translation>登录名</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="332" />
      <source>PC</source>
      <translation>电脑</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="332" />
      <source>Users</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="332" />
      <source>Revoked</source>
      <translation>收回时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="332" />
      <source>Refused</source>
      <translation>被拒绝</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="99" />
      <source>Last error: {error}</source>
      <translation>上次错误：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="214" />
      <source>No conflict with id {id}; `erp-desktop sync-conflicts` lists them.</source>
      <translation>没有 ID 为 {id} 的冲突记录；可用 `erp-desktop sync-conflicts` 查看列表。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="240" />
      <source>Fix: {fix}</source>
      <translation>处理方法：{fix}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="251" />
      <source>No sync problem with id {id}; `erp-desktop sync-problems` lists them.</source>
      <translation>没有编号为 {id} 的同步问题；`erp-desktop sync-problems` 会列出它们。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="89" />
      <source>not set up</source>
      <translation>未设置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="91" />
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="236" />
      <source>refused by {side}</source>
      <translation>被{side}拒绝</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="294" />
      <source>nobody</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="338" />
      <source>all</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/access.py" line="110" />
      <source>Choose a password of at least 10 characters for this PC's login.</source>
      <translation>请为本机登录设置至少 10 个字符的密码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/access.py" line="125" />
      <source>The invitation was refused ({reason}). Ask the owner for a new one.</source>
      <translation>邀请被拒绝（{reason}）。请向店主索取新的邀请码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="308" />
      <source>PostgreSQL {version}, TLS {tls}, {state}</source>
      <translation>PostgreSQL {version}，TLS {tls}，{state}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="409" />
      <source>The shared database's rules are older than this program's: run 'erp-desktop sync-roles' once on this PC, so that it refuses and withholds what this version expects.</source>
      <translation>共享数据库的权限规则比本程序旧：请在本机运行一次 'erp-desktop sync-roles'，让它按本版本的要求拒绝越权操作、不下发无权数据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="927" />
      <source>Stock of {code} {name} in {where} went negative ({qty}) after merging sales made offline on several PCs.</source>
      <translation>{code} {name} 在 {where} 的库存在合并多台电脑离线期间的销售后变为负数（{qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="212" />
      <source>Server, database and user are needed.</source>
      <translation>需要填写服务器、数据库和用户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="214" />
      <source>The port must be between 1 and 65535.</source>
      <translation>端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="220" />
      <source>No system keyring is available: the password is kept only while the program runs and is asked for again next time.</source>
      <translation>没有可用的系统钥匙串：密码仅在程序运行期间保留，下次需要重新输入。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="278" />
      <source>No sync server is set up. Enter it in Settings → Sync, or pass --server.</source>
      <translation>尚未设置同步服务器。请在 设置 → 同步 中填写，或使用 --server 参数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="330" />
      <source>This PC works straight on the shared database (online mode): there is nothing to sync.</source>
      <translation>本机直接使用共享数据库（在线模式），无需同步。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="381" />
      <source>Cannot reach the shared database: {error}</source>
      <translation>无法连接共享数据库：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="530" />
      <source>Joining the shop failed before the whole shop had arrived and been checked: {error}. This PC's file was not changed; sync again to retry.</source>
      <translation>加入店铺失败（整个店铺尚未全部收到并通过检查）：{error}。本机的文件没有被改动；请再同步一次重试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="905" />
      <source>Serial {serial} of {code} {name} was sold on several PCs while offline: it left {where} twice.</source>
      <translation>{code} {name} 的序列号 {serial} 在多台电脑离线时重复销售：从 {where} 出库了两次。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="1281" />
      <source>The shared database has seen another installation sync as this PC, so this file cannot keep its identity: make it a new PC ('erp-desktop sync --new-pc').</source>
      <translation>共享数据库已看到另一个安装以本机身份同步过，因此此文件不能保留原身份：请把它设为新电脑（'erp-desktop sync --new-pc'）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="312" />
      <source>ready for sync</source>
      <translation>可以同步</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="312" />
      <source>not set up yet (the first sync sets it up)</source>
      <translation>尚未初始化（首次同步时自动初始化）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="375" />
      <source>This PC's file refused a change pulled from the shared database: {error}</source>
      <translation>本机的文件拒绝了从共享数据库取回的一项更改：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="377" />
      <source>The shared database refused a change: {error}</source>
      <translation>共享数据库拒绝了一条变更：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="514" />
      <source>The shop received from the shared database does not pass its checks: {checks}.</source>
      <translation>从共享数据库收到的店铺数据未通过检查：{checks}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="600" />
      <source>Received {count} changes</source>
      <translation>已接收 {count} 条变更</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="1260" />
      <source>Cannot reach the shared database to register this file as a new PC: {error}. Nothing was changed.</source>
      <translation>无法连接共享数据库，不能把此文件登记为新电脑：{error}。没有做任何改动。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="1383" />
      <source>No such conflict.</source>
      <translation>没有这个冲突。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="1387" />
      <source>The record no longer exists.</source>
      <translation>该记录已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="451" />
      <source>This PC already has its own shop data and the shared database holds another shop's. Only one PC may bring existing data (the first to sync); join the others with a new, empty database file.</source>
      <translation>本机已有自己的店铺数据，而共享数据库中已有其他数据。只有一台电脑（第一个同步的）可以带入已有数据；其他电脑请用新的空数据库文件加入。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="826" />
      <source>refers to a record that is missing here</source>
      <translation>引用了本机没有的记录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/engine.py" line="1023" />
      <source>Sent {count} changes</source>
      <translation>已发送 {count} 条变更</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/identity.py" line="79" />
      <source>Another installation has synced with the shared database as this PC ({pc}) since this file last synced: this file is a copy of another PC's shop file, or an older backup of it.</source>
      <translation>自此文件上次同步以来，另一个安装已以本机身份（{pc}）与共享数据库同步过：此文件是另一台电脑店铺文件的副本，或其较旧的备份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/identity.py" line="100" />
      <source>Sync is paused so the two files do not post the same numbers. Make this file a new PC (it keeps its data and gets its own series): Settings → Sync → "Make this a new PC", or 'erp-desktop sync --new-pc'. If it really is the same PC (the file was moved or the program reinstalled) and the other copy is no longer used: 'erp-desktop sync --same-pc'.</source>
      <translation>同步已暂停，以免两个文件使用相同的单号。请把此文件设为新电脑（数据保留，并获得自己的单号系列）：设置 → 同步 →“设为新电脑”，或 'erp-desktop sync --new-pc'。如果确实是同一台电脑（文件被移动或程序重装），且另一个副本已不再使用：'erp-desktop sync --same-pc'。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/identity.py" line="85" />
      <source>This shop file is a copy of {original} (copied, cloned or restored): both files carry the same PC id ({pc}) and document-number series.</source>
      <translation>此店铺文件是 {original} 的副本（复制、克隆或恢复所得）：两个文件带有相同的电脑编号（{pc}）和单号系列。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/identity.py" line="92" />
      <source>This shop file was copied here from another computer, restored from a backup or cloned: it carries the PC id ({pc}) and document-number series of the installation it came from.</source>
      <translation>此店铺文件是从另一台电脑复制过来、从备份恢复或克隆所得：它带有来源安装的电脑编号（{pc}）和单号系列。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="264" />
      <source>PC {name}</source>
      <translation>电脑 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="270" />
      <source>{table} {summary} (id {id}, from {pc})</source>
      <translation>{table} {summary}（编号 {id}，来自{pc}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="250" />
      <source>products</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="251" />
      <source>customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="252" />
      <source>suppliers</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="253" />
      <source>warehouses</source>
      <translation>仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="256" />
      <source>{table} records</source>
      <translation>{table} 记录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="263" />
      <source>this PC</source>
      <translation>本机</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="269" />
      <source>this PC's file</source>
      <translation>本机的文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="269" />
      <source>the shared database</source>
      <translation>共享数据库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="278" />
      <source>{record} was refused by {side}: it already holds {table} {other} (id {other_id}, from {other_pc}) with the same {key}.</source>
      <translation>{record} 被{side}拒绝：其中已有相同 {key} 的 {table} {other}（编号 {other_id}，来自{other_pc}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="289" />
      <source>Rename one of the two {kind} with {key} (on either PC); the next sync applies the other.</source>
      <translation>请把两个 {key} 的{kind}之一改名（在任一台电脑上均可）；下次同步会应用另一个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="309" />
      <source>{record} waits for {parent}, which was set aside too.</source>
      <translation>{record} 在等待 {parent}，后者也已被搁置。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="314" />
      <source>Nothing to do here: it applies by itself once the record it refers to does.</source>
      <translation>无需处理：它所引用的记录应用后，它会自动应用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="317" />
      <source>{record} was refused by {side}: {error}</source>
      <translation>{record} 被{side}拒绝：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="318" />
      <source>Correct the record on {pc} and sync again; or dismiss this task.</source>
      <translation>请在{pc}上更正该记录后再同步；或忽略此任务。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="295" />
      <source>Two PCs gave one document number to two documents (a copied shop file, or two PCs sharing a series). Both documents are kept, each on the PC that posted it: make the copy a new PC (Settings → Sync) so it numbers in a series of its own, then reverse the document on {pc} and post it again under a new number; dismiss this task once done.</source>
      <translation>两台电脑把同一个单据编号给了两张单据（复制的店铺文件，或两台电脑共用一个编号系列）。两张单据都保留在各自过账的电脑上：先把复制的文件设为新电脑（设置 → 同步），使其使用自己的编号系列，然后在{pc}上冲销该单据并以新编号重新过账；完成后忽略此任务。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/problems.py" line="303" />
      <source>Two records carry the same {key} (a copied shop file posts the same numbers). Correct one of them, or dismiss this task if both are the same document.</source>
      <translation>两条记录的 {key} 相同（复制的店铺文件会开出相同的单号）。请更正其中一条；如果两者是同一张单据，可忽略此任务。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/roles.py" line="379" />
      <source>Unknown role: {role}.</source>
      <translation>未知角色：{role}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/roles.py" line="417" />
      <source>No such PC login: {login}.</source>
      <translation>没有这个电脑登录：{login}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/roles.py" line="525" />
      <source>That is not an invitation code (ask the owner for a new one).</source>
      <translation>这不是邀请码（请向店主索取新的邀请码）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/server.py" line="119" />
      <source>The sync server must be a PostgreSQL database (postgresql+psycopg://…).</source>
      <translation>同步服务器必须是 PostgreSQL 数据库（postgresql+psycopg://…）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/server.py" line="176" />
      <source>The shared database has a different schema ({server}) than this program ({mine}). Install the same erp-desktop version on every PC; after upgrading, run 'erp-desktop sync --upgrade-server' once.</source>
      <translation>共享数据库的结构（{server}）与本程序（{mine}）不同。请在每台电脑上安装相同版本的 erp-desktop；升级后运行一次 'erp-desktop sync --upgrade-server'。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/server.py" line="224" />
      <source>The shared database refused this file: another installation has synced as this PC (series {series}) since this file last synced.</source>
      <translation>共享数据库拒绝了此文件：自此文件上次同步以来，另一个安装已以本机身份（系列 {series}）同步过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync/withheld.py" line="249" />
      <source>No such user: {user}.</source>
      <translation>没有用户 {user}。</translation>
    </message>
  </context>
</TS>
