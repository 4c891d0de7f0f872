<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="38" />
      <source>Backups are taken of a local shop file; a shared PostgreSQL database is backed up with pg_dump.</source>
      <translation>备份针对本地店铺文件；共享的 PostgreSQL 数据库请用 pg_dump 备份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="201" />
      <source>{path} is not a shop database file.</source>
      <translation>{path} 不是店铺数据库文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="210" />
      <source>{path} was made by a newer version of erp-desktop ({revision}).</source>
      <translation>{path} 由更新版本的 erp-desktop 创建（{revision}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="57" />
      <source>The backup could not be written to {path}: {error}</source>
      <translation>无法写入备份 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="198" />
      <source>{path} cannot be read as a shop database: {error}</source>
      <translation>{path} 无法作为店铺数据库读取：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="249" />
      <source>{path} cannot be restored: {reason}</source>
      <translation>{path} 无法恢复：{reason}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="253" />
      <source>{path} cannot be restored: it cannot be brought to this program's schema ({error}).</source>
      <translation>{path} 无法恢复：无法升级到本程序的数据库结构（{error}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="291" />
      <source>The shop {path} is open in another program: close it, then restore again.</source>
      <translation>店铺 {path} 正被其他程序打开：请先关闭它，再重新恢复。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="189" />
      <source>{path} is damaged: {detail}</source>
      <translation>{path} 已损坏：{detail}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="238" />
      <source>it is not a complete shop file (tables missing: {tables}).</source>
      <translation>它不是完整的店铺文件（缺少数据表：{tables}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/engine.py" line="377" />
      <source>the shop database</source>
      <translation>店铺数据库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/engine.py" line="380" />
      <source>There is no shop file at {path}. Create a new shop with: erp-desktop init --db {quoted}</source>
      <translation>{path} 没有店铺文件。新建店铺请运行：erp-desktop init --db {quoted}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/engine.py" line="309" />
      <source>tables missing: {tables}</source>
      <translation>缺少数据表：{tables}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/engine.py" line="386" />
      <source>This shop file is empty (0 bytes): {path}. It was left as it is.</source>
      <translation>此店铺文件是空的（0 字节）：{path}。文件保持原样，未做更改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/engine.py" line="187" />
      <source>This database was made by a newer version of erp-desktop ({revision}). Please upgrade the program.</source>
      <translation>此数据库由更新版本的 erp-desktop 创建（{revision}），请升级程序。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/engine.py" line="418" />
      <source>Restore a backup: erp-desktop restore BACKUP_FILE --db {quoted}</source>
      <translation>请恢复备份：erp-desktop restore 备份文件 --db {quoted}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/engine.py" line="419" />
      <source>The last good backups of this shop:</source>
      <translation>本店最近的完好备份：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/engine.py" line="391" />
      <source>The shop file {path} is locked by another program (or another erp-desktop): nothing was changed. Close the other program or try again in a moment.</source>
      <translation>店铺文件 {path} 被其他程序（或另一个 erp-desktop）锁定：未做任何更改。请关闭其他程序或稍后再试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/engine.py" line="408" />
      <source>This shop file is damaged: {path}</source>
      <translation>此店铺文件已损坏：{path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/engine.py" line="425" />
      <source>No backup of this shop was found. Restore one you keep elsewhere: erp-desktop restore BACKUP_FILE --db {quoted}</source>
      <translation>没有找到本店的备份。如在别处保存有备份，请恢复：erp-desktop restore 备份文件 --db {quoted}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/engine.py" line="401" />
      <source>The shop file {path} cannot be opened: {detail}. Check the folder and its permissions.</source>
      <translation>无法打开店铺文件 {path}：{detail}。请检查文件夹及其权限。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/engine.py" line="411" />
      <source>It was left as it is.</source>
      <translation>文件保持原样，未做更改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/refusals.py" line="78" />
      <source>Refused by the shared database: {why}.</source>
      <translation>共享数据库拒绝了此操作：{why}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/refusals.py" line="25" />
      <source>a posted {table} record is never changed or removed: a correction is a new document</source>
      <translation>已过账的 {table} 记录不能修改或删除：更正请新开单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/refusals.py" line="29" />
      <source>{table} is a ledger: its rows are only ever added, never changed or removed</source>
      <translation>{table} 是账簿：只能追加，不能修改或删除</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/refusals.py" line="31" />
      <source>{table} rows are never removed</source>
      <translation>{table} 记录不能删除</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/refusals.py" line="34" />
      <source>the {columns} of a {table} record never change once it is on the shared database</source>
      <translation>{table} 记录一旦进入共享数据库，其 {columns} 就不能再改</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/refusals.py" line="38" />
      <source>{table} rows are only ever marked resolved, never changed or reopened</source>
      <translation>{table} 记录只能标记为已处理，不能修改或重新打开</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/refusals.py" line="42" />
      <source>only an owner may resolve {table} rows (the login {login} is not an owner's)</source>
      <translation>只有店主才能处理 {table} 记录（登录账号 {login} 不是店主的）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/refusals.py" line="46" />
      <source>the login {login} may not write {table} records: its role lacks the permission</source>
      <translation>登录账号 {login} 不能写入 {table} 记录：其角色没有相应权限</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/refusals.py" line="50" />
      <source>the login {login} may not post money documents ({number}): that needs the finance permission</source>
      <translation>登录账号 {login} 不能过账资金单据（{number}）：这需要财务权限</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/refusals.py" line="54" />
      <source>{date} is in a closed month: nothing posts there ({table})</source>
      <translation>{date} 所在月份已结账：不能再过账（{table}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/refusals.py" line="58" />
      <source>only an owner may set up the database login of user {user}</source>
      <translation>只有店主才能为用户 {user} 设置数据库登录账号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/refusals.py" line="62" />
      <source>this login may not write {table} records</source>
      <translation>此登录账号不能写入 {table} 记录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/uow.py" line="140" />
      <source>Another user was changing the same records at the same moment: nothing was saved. Try again; it will work now.</source>
      <translation>另一位用户正在同时修改相同的记录：本次未保存任何内容。请重试，现在可以成功。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/uow.py" line="147" />
      <source>Another user is still working on these records: nothing was saved. Try again in a moment.</source>
      <translation>另一位用户仍在处理这些记录：本次未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/uow.py" line="150" />
      <source>The disk is full: nothing was saved. Free some space and try again.</source>
      <translation>磁盘已满，未保存任何内容。请释放空间后重试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/uow.py" line="153" />
      <source>The shop file is read-only: nothing was saved. Check the file's permissions or the disk.</source>
      <translation>店铺文件为只读，未保存任何内容。请检查文件权限或磁盘。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/uow.py" line="157" />
      <source>The shop file is busy with another writer: nothing was saved. Try again in a moment.</source>
      <translation>店铺文件正被其他程序写入，未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/uow.py" line="103" />
      <source>Another user saved a record with the same number or code a moment ago: nothing was saved. Reopen it and try again.</source>
      <translation>另一位用户刚刚保存了相同编号或代码的记录：本次未保存任何内容。请重新打开后再试。</translation>
    </message>
  </context>
</TS>
