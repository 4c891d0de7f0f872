<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="98" />
      <source>products, customers and suppliers</source>
      <translation>商品、客户和供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="99" />
      <source>purchases</source>
      <translation>采购</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="100" />
      <source>sales</source>
      <translation>销售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="101" />
      <source>receipts and payments</source>
      <translation>收付款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="102" />
      <source>stock documents and counts</source>
      <translation>出入库与盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="103" />
      <source>today's counter sales</source>
      <translation>今日门店零售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="117" />
      <source>Demo shop</source>
      <translation>演示店铺</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="117" />
      <source>Building the demo shop…</source>
      <translation>正在建立演示店铺……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="39" />
      <source>Something went wrong</source>
      <translation>出错了</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="40" />
      <source>An unexpected error happened; nothing was saved. Details are in the log:
{path}

{error}</source>
      <translation>发生意外错误，未保存任何内容。详情见日志：
{path}

{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="109" />
      <source>Building the demo shop: {step}…</source>
      <translation>正在建立演示店铺：{step}……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="111" />
      <source>Opening the demo shop…</source>
      <translation>正在打开演示店铺……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="148" />
      <source>Cannot open the shop</source>
      <translation>无法打开店铺</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="129" />
      <source>Scan a barcode, or type a code or 助记码 (3*code adds three) and Enter</source>
      <translation>扫描条码，或输入编码 / 助记码后回车（3*编码 表示 3 件）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="183" />
      <source>Reprint</source>
      <translation>重打小票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="187" />
      <source>Open shift</source>
      <translation>开班</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="188" />
      <source>Close shift (交班)</source>
      <translation>交班</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="643" />
      <source>Member {name} · {card} · points {points} · stored value {stored}</source>
      <translation>会员 {name} · {card} · 积分 {points} · 储值 {stored}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="658" />
      <source>Walk-in customer (散客)</source>
      <translation>散客</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="710" />
      <source>Ticket recalled.</source>
      <translation>已取单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="863" />
      <source>Exchange against {number}: {credit} comes back · new goods {total}</source>
      <translation>换货（原单 {number}）：退回 {credit} · 新商品 {total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="886" />
      <source>Exchange against {number} dropped; nothing was posted.</source>
      <translation>已取消对 {number} 的换货，未过账任何内容。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="159" />
      <source>Hold (挂单)</source>
      <translation>挂单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="162" />
      <source>Line discount %</source>
      <translation>单品折扣 %</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="163" />
      <source>Member</source>
      <translation>会员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="164" />
      <source>Top up</source>
      <translation>充值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="165" />
      <source>Ticket discount %</source>
      <translation>整单折扣 %</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="166" />
      <source>Recall (取单)</source>
      <translation>取单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="167" />
      <source>Return</source>
      <translation>退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="168" />
      <source>Exchange (换货)</source>
      <translation>换货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="169" />
      <source>Remove line</source>
      <translation>删除行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="170" />
      <source>Pay</source>
      <translation>收款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="274" />
      <source>No shift open (Ctrl+Shift+O opens one)</source>
      <translation>未开班（Ctrl+Shift+O 开班）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="276" />
      <source>Shift {number} · {cashier}</source>
      <translation>班次 {number} · {cashier}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="310" />
      <source>Shift {number} closed; difference {difference}.</source>
      <translation>班次 {number} 已交班；差额 {difference}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="386" />
      <source>Serial {serial} is on this ticket already.</source>
      <translation>序列号 {serial} 已在本小票上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="406" />
      <source>A serial-tracked product is sold in whole units (got {qty}).</source>
      <translation>序列号管理的商品只能按整件销售（输入了 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="509" />
      <source>Scan a product first.</source>
      <translation>请先扫描商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="516" />
      <source>Type the number in the scan field first, then press the key.</source>
      <translation>请先在扫码框输入数字，再按功能键。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="542" />
      <source>A serial-tracked line counts its serials: scan another serial, or remove the line (Ctrl+Del).</source>
      <translation>序列号商品行的数量即其序列号个数：请再扫一个序列号，或删除该行（Ctrl+Del）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="578" />
      <source>An exchange keeps the member of the ticket it is against.</source>
      <translation>换货沿用原小票的会员。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="624" />
      <source>Look the member up first (type the phone or card, F6).</source>
      <translation>请先查找会员（输入手机号或卡号，按 F6）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="664" />
      <source>Finish the exchange (F12) or drop it (Esc) first.</source>
      <translation>请先完成换货（F12）或取消（Esc）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="683" />
      <source>Finish or hold this ticket before recalling another.</source>
      <translation>请先结账或挂起当前小票，再取单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="776" />
      <source>Scan the ticket's barcode (or type its number), then press Ctrl+R.</source>
      <translation>请扫描小票条码（或输入单号），再按 Ctrl+R。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="808" />
      <source>An exchange is under way: F12 settles it, Esc drops it.</source>
      <translation>正在换货：F12 结算，Esc 取消。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="812" />
      <source>Scan the ticket's barcode (or type its number), then press Ctrl+E.</source>
      <translation>请扫描小票条码（或输入单号），再按 Ctrl+E。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="827" />
      <source>Exchange against {number}: what comes back</source>
      <translation>换货（原单 {number}）：退回哪些商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="837" />
      <source>Now scan the new goods; F12 settles the difference, Esc drops the exchange.</source>
      <translation>请扫描新商品；F12 结算差额，Esc 取消换货。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="873" />
      <source>to pay (F12)</source>
      <translation>应付（F12）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="892" />
      <source>Scan the new goods first (Ctrl+R takes a plain return, Esc drops the exchange).</source>
      <translation>请先扫描新商品（Ctrl+R 为直接退货，Esc 取消换货）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="911" />
      <source>Exchange: {back} took back {credit}; new ticket {number} {total}; change {change}.</source>
      <translation>换货完成：{back} 退回 {credit}；新小票 {number} {total}；找零 {change}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="948" />
      <source>Scan the ticket's barcode (or type its number), then press Ctrl+P.</source>
      <translation>请扫描小票条码（或输入单号），再按 Ctrl+P。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="499" />
      <source>{count} line(s), subtotal {amount}</source>
      <translation>{count} 行，小计 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="873" />
      <source>to give back (F12)</source>
      <translation>应退（F12）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="873" />
      <source>even</source>
      <translation>无差额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="501" />
      <source>discount {amount}</source>
      <translation>优惠 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="503" />
      <source>rounding {amount}</source>
      <translation>抹零 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="677" />
      <source>Ticket held (F10 recalls it).</source>
      <translation>已挂单（F10 取单）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="436" />
      <source>No serials: nothing added.</source>
      <translation>未录入序列号：未添加。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/__init__.py" line="288" />
      <source>Shift {number} opened.</source>
      <translation>班次 {number} 已开班。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dashboard.py" line="23" />
      <source>Loading…</source>
      <translation>加载中…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dashboard.py" line="24" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dashboard.py" line="50" />
      <source>All stores</source>
      <translation>全部门店</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dashboard.py" line="76" />
      <source>Counter today: {tickets} tickets, {total}</source>
      <translation>今日收银：{tickets} 张小票，{total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dashboard.py" line="97" />
      <source>Payment method</source>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="146" />
      <source>Open a shift</source>
      <translation>开班</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="166" />
      <source>Close the shift</source>
      <translation>交班</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="258" />
      <source>{serial} comes back.</source>
      <translation>{serial} 退回。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="296" />
      <source>Give back</source>
      <translation>退还差额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="299" />
      <source>Give back in cash</source>
      <translation>现金退还</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="312" />
      <source>New member</source>
      <translation>新会员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="320" />
      <source>Card number (blank: the phone)</source>
      <translation>卡号（留空则用手机号）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="108" />
      <source>Stored value ({amount})</source>
      <translation>储值（余额 {amount}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="137" />
      <source>{amount} short</source>
      <translation>还差 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="158" />
      <source>Enter the cash float.</source>
      <translation>请输入备用金。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="184" />
      <source>Enter the cash counted.</source>
      <translation>请输入实点现金。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="199" />
      <source>Return against {number}</source>
      <translation>按 {number} 退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="208" />
      <source>Scan a serial coming back (blank: those sold), Enter</source>
      <translation>扫描退回的序列号（留空：按售出的），回车</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="212" />
      <source>Sold</source>
      <translation>售出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/dialogs.py" line="240" />
      <source>Serial {serial} is scanned already.</source>
      <translation>序列号 {serial} 已扫描。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/serials.py" line="34" />
      <source>Serial numbers: {product}</source>
      <translation>序列号：{product}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/serials.py" line="39" />
      <source>Scan the serial number, Enter</source>
      <translation>扫描序列号，回车</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/serials.py" line="57" />
      <source>Scan serial {n} of {count}</source>
      <translation>扫描第 {n} 个序列号，共 {count} 个</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/serials.py" line="59" />
      <source>All {count} scanned: Enter confirms</source>
      <translation>{count} 个已全部扫描：回车确认</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/serials.py" line="70" />
      <source>All {count} serials are scanned; Enter confirms.</source>
      <translation>{count} 个序列号已全部扫描；回车确认。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/serials.py" line="81" />
      <source>{serial} is not a serial number of this product.</source>
      <translation>{serial} 不是该商品的序列号。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/counter/serials.py" line="90" />
      <source>Scan {left} more serial number(s).</source>
      <translation>还需扫描 {left} 个序列号。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="28" />
      <source>Cannot import</source>
      <translation>无法导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="45" />
      <source>Please confirm</source>
      <translation>请确认</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="27" />
      <source>… and {count} more</source>
      <translation>……还有 {count} 条</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="30" />
      <source>Cannot do that</source>
      <translation>无法执行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="23" />
      <source>Row {row}</source>
      <translation>第 {row} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/forms/base.py" line="61" />
      <source>Unsaved changes</source>
      <translation>未保存的修改</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/forms/base.py" line="62" />
      <source>{title} has unsaved changes. Save them?</source>
      <translation>{title} 尚未保存，是否保存？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/forms/base.py" line="64" />
      <source>Discard</source>
      <translation>放弃</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/forms/base.py" line="65" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/forms/base.py" line="225" />
      <source>Receivable balance {balance} · Credit limit {limit}</source>
      <translation>应收余额 {balance} · 信用额度 {limit}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/forms/base.py" line="339" />
      <source>This document</source>
      <translation>当前单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/forms/grid.py" line="558" />
      <source>Remove line {row} ({product})?</source>
      <translation>删除第 {row} 行（{product}）？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/forms/matrix.py" line="51" />
      <source>Enter by matrix: {code} {name}</source>
      <translation>矩阵录入：{code} {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/forms/matrix.py" line="56" />
      <source>{code} {name} — {dimensions}. Type the quantities; Enter moves to the next cell, Ctrl+Enter adds the lines.</source>
      <translation>{code} {name} — {dimensions}。输入数量；回车移到下一格，Ctrl+回车添加明细。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/forms/matrix.py" line="95" />
      <source>Add lines</source>
      <translation>添加明细</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/forms/matrix.py" line="136" />
      <source>Total quantity: {qty}</source>
      <translation>合计数量：{qty}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/forms/matrix.py" line="202" />
      <source>Choose a product template</source>
      <translation>选择款式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/forms/matrix.py" line="239" />
      <source>No product template matches {text}.</source>
      <translation>没有与 {text} 匹配的款式。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/forms/tabs.py" line="71" />
      <source>New document</source>
      <translation>新单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="669" />
      <source>Print a document…</source>
      <translation>打印单据…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="673" />
      <source>Print product labels…</source>
      <translation>打印商品标签…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="678" />
      <source>Customer statement…</source>
      <translation>客户对账单…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="680" />
      <source>Supplier statement…</source>
      <translation>供应商对账单…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="85" />
      <source>Print preview — {name}</source>
      <translation>打印预览 — {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="92" />
      <source>{count} page(s)</source>
      <translation>共 {count} 页</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="96" />
      <source>Save as PDF…</source>
      <translation>另存为 PDF…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="181" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="188" />
      <source>Save as PDF</source>
      <translation>另存为 PDF</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="188" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="280" />
      <source>Automatic: the member's own, else {name}</source>
      <translation>自动：会员专用格式，否则 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="387" />
      <source>Print a document</source>
      <translation>打印单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="392" />
      <source>Document number, e.g. DN-2026-000001</source>
      <translation>单据编号，例如 DN-2026-000001</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="404" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="441" />
      <source>Print a statement</source>
      <translation>打印对账单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="460" />
      <source>Statement of</source>
      <translation>对账对象</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="512" />
      <source>Print product labels</source>
      <translation>打印商品标签</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="519" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="539" />
      <source>Show the price</source>
      <translation>显示价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="548" />
      <source>Add product</source>
      <translation>添加商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="549" />
      <source>Copies for new products</source>
      <translation>新加商品的份数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="551" />
      <source>Label paper</source>
      <translation>标签纸</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="553" />
      <source>Labels already used on the first sheet</source>
      <translation>第一张已用掉的标签数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="282" />
      <source>Automatic: the customer's own, else {name}</source>
      <translation>自动：客户专用模板，否则 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="284" />
      <source>Automatic: {name}</source>
      <translation>自动：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="516" />
      <source>Copies</source>
      <translation>份数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="533" />
      <source>EAN-13 when valid, else Code128</source>
      <translation>有效时用 EAN-13，否则用 Code128</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="536" />
      <source>QR code</source>
      <translation>二维码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="544" />
      <source>None: the label paper and barcode chosen here</source>
      <translation>不用模板：使用此处选择的标签纸和条码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="638" />
      <source>Add at least one product.</source>
      <translation>请至少添加一个商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="202" />
      <source>Cannot save</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="203" />
      <source>Could not write {path}: {error}</source>
      <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="287" />
      <source>{name} (default)</source>
      <translation>{name}（默认）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/keys.py" line="64" />
      <source>New document of the current kind</source>
      <translation>新建当前类型的单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/keys.py" line="66" />
      <source>Confirm / approve</source>
      <translation>确认 / 审核</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/keys.py" line="67" />
      <source>Post (deliver, receive, book)</source>
      <translation>过账（出库 / 入库 / 记账）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/keys.py" line="71" />
      <source>Search the current list</source>
      <translation>搜索当前列表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/keys.py" line="72" />
      <source>Close the popup, then the form (asks when unsaved)</source>
      <translation>先关闭弹出列表，再关闭单据（未保存时先询问）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/keys.py" line="73" />
      <source>Quit (asks when a form is unsaved)</source>
      <translation>退出（有未保存的单据时先询问）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/keys.py" line="254" />
      <source>{key}: nothing here to {what}.</source>
      <translation>{key}：当前页面没有可「{what}」的内容。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/keys.py" line="306" />
      <source>{what} has unsaved changes. Save them?</source>
      <translation>{what}有未保存的修改，是否保存？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/keys.py" line="306" />
      <source>There are unsaved changes. Save them?</source>
      <translation>有未保存的修改，是否保存？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/login.py" line="32" />
      <source>Log in — erp-desktop</source>
      <translation>登录 — erp-desktop</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/login.py" line="55" />
      <source>Log in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/login.py" line="56" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/login.py" line="34" />
      <source>Log in to the shared database</source>
      <translation>登录共享数据库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/login.py" line="34" />
      <source>Who is working?</source>
      <translation>谁在使用？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/login.py" line="49" />
      <source>Remember the password on this PC (system keyring)</source>
      <translation>在本机记住密码（系统钥匙串）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/login.py" line="69" />
      <source>Enter your user name.</source>
      <translation>请输入用户名。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="287" />
      <source>In a picker: move in the list</source>
      <translation>选择框：在列表中上下移动</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="288" />
      <source>In a picker: take the highlighted row (a scanned code at once)</source>
      <translation>选择框：选中高亮行（扫码立即选中）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="289" />
      <source>In a date: leave it; type 20261001, 10-1, 1001, +3 or t</source>
      <translation>日期框：离开日期；可输入 20261001、10-1、1001、+3 或 t</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="290" />
      <source>In a date: open the calendar</source>
      <translation>日期框：打开日历</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="291" />
      <source>Go to the window's first, second … ninth tab</source>
      <translation>切换到窗口的第一、第二……第九个标签页</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="292" />
      <source>Next page inside a tab (e.g. 收款/付款 in Finance)</source>
      <translation>标签页内的下一页（如财务中的收款/付款）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="293" />
      <source>In a document's product cell or a count's scan box: enter a template's variants as a matrix</source>
      <translation>在单据的商品格或盘点的扫描框：按矩阵录入款式的规格商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="48" />
      <source>erp-desktop — shop management</source>
      <translation>erp-desktop — 进销存管理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="62" />
      <source>Database: {name}</source>
      <translation>数据库：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="63" />
      <source>User: {name}</source>
      <translation>用户：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="65" />
      <source>Ready</source>
      <translation>就绪</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="92" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="99" />
      <source>Keyboard shortcuts…</source>
      <translation>快捷键……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="102" />
      <source>About erp-desktop</source>
      <translation>关于 erp-desktop</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="178" />
      <source>The new language applies the next time the program starts.</source>
      <translation>新语言将在下次启动程序时生效。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="184" />
      <source>erp-desktop {version}
Purchase, sales, inventory and finance for small shops.
Database: {db}</source>
      <translation>erp-desktop {version}
面向小商店的进销存与财务一体化软件。
数据库：{db}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="252" />
      <source>Keyboard shortcuts</source>
      <translation>快捷键</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="76" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="77" />
      <source>&amp;Documents</source>
      <translation>单据(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="78" />
      <source>&amp;Reports</source>
      <translation>报表(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="79" />
      <source>&amp;Tools</source>
      <translation>工具(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="80" />
      <source>&amp;Settings</source>
      <translation>设置(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="81" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="93" />
      <source>System default</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="227" />
      <source>{count} open form(s)</source>
      <translation>{count} 张打开的单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="254" />
      <source>What it does</source>
      <translation>作用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="269" />
      <source>The same keys work on every page and form; buttons show theirs.</source>
      <translation>每个页面和单据都使用同一套快捷键；按钮上标有各自的快捷键。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="119" />
      <source>This part of the program failed to load. Details are in the log:
{path}</source>
      <translation>程序的这一部分加载失败。详情见日志：
{path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="260" />
      <source>There is no shop file at {path}.</source>
      <translation>{path} 没有店铺文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="271" />
      <source>Create a new, empty shop there?</source>
      <translation>要在那里新建一个空店铺吗？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="44" />
      <source>Verify the books…</source>
      <translation>校验账目……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="45" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="46" />
      <source>Restore a backup…</source>
      <translation>恢复备份……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="47" />
      <source>Document dates…</source>
      <translation>单据日期…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="62" />
      <source>Verify the books</source>
      <translation>校验账目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="97" />
      <source>Back up to</source>
      <translation>备份到</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="97" />
      <source>Shop database (*.sqlite3)</source>
      <translation>店铺数据库 (*.sqlite3)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="105" />
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="122" />
      <source>Document dates</source>
      <translation>单据日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="124" />
      <source>The shop opened on</source>
      <translation>本店开业日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="133" />
      <source>Refuse dates outside the plausible range (do not ask)</source>
      <translation>拒绝超出合理范围的日期（不再询问）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="168" />
      <source>Restore a backup</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="170" />
      <source>Restoring replaces the books: the shop's owner must log in.</source>
      <translation>恢复备份会替换整套账簿：需要店主登录。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="211" />
      <source>Restore works on a local shop file; back up PostgreSQL with pg_dump.</source>
      <translation>恢复只适用于本地店铺文件；PostgreSQL 请用 pg_dump 备份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="229" />
      <source>Replace the shop {target} with the backup {backup}? The backup is checked first and the current file is kept aside.</source>
      <translation>用备份 {backup} 替换店铺 {target}？会先检查备份，并另存当前文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="264" />
      <source>This shop had backups; restore one instead: erp-desktop restore BACKUP_FILE --db "{path}"</source>
      <translation>本店有备份；请改为恢复备份：erp-desktop restore 备份文件 --db "{path}"</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="246" />
      <source>The program closes now; start it again to work on the restored books.</source>
      <translation>程序现在关闭；请重新启动，使用恢复后的账簿。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="243" />
      <source>Restored {file} ({checks} checks passed on it first).</source>
      <translation>已恢复 {file}（恢复前已通过 {checks} 项检查）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/self_test.py" line="22" />
      <source>self-test: {report}</source>
      <translation>自检：{report}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="39" />
      <source>Sync {time} · {pending} to send</source>
      <translation>同步 {time} · 待发送 {pending}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="31" />
      <source>Online</source>
      <translation>在线</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="33" />
      <source>Sync paused: this file is a copy — see Settings → Sync</source>
      <translation>同步已暂停：此文件是副本——请见 设置 → 同步</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="35" />
      <source>Sync: off</source>
      <translation>同步：关闭</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="37" />
      <source>Sync: offline · {pending} to send</source>
      <translation>同步：离线 · 待发送 {pending}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="54" />
      <source>Sync with the shared database: last sync, changes waiting to be sent, conflicts to review</source>
      <translation>与共享数据库同步：上次同步时间、待发送的变更、待处理的冲突</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="41" />
      <source>{count} conflicts</source>
      <translation>{count} 个冲突</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="43" />
      <source>{count} set aside</source>
      <translation>{count} 行搁置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="123" />
      <source>{count} rows set aside (one side refused them): see Settings → Sync.</source>
      <translation>{count} 行被搁置（一方拒绝了它们）：请见 设置 → 同步。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/date_edit.py" line="137" />
      <source>e.g. 20261001, 10-1, +3, t</source>
      <translation>如 20261001、10-1、+3、t</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/date_edit.py" line="208" />
      <source>Calendar (Alt+↓)</source>
      <translation>日历（Alt+↓）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/date_edit.py" line="241" />
      <source>“{text}” is not a date. Type e.g. 20261001, 2026-10-01, 10-1, 1001, +3 (days from today) or t (today).</source>
      <translation>“{text}”不是有效日期。可输入 20261001、2026-10-01、10-1、1001、+3（今天起的天数）或 t（今天）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/date_edit.py" line="250" />
      <source>{date} is outside {low} … {high}.</source>
      <translation>{date} 不在 {low} 至 {high} 范围内。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/excel_import.py" line="25" />
      <source>Import from Excel</source>
      <translation>从 Excel 导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/excel_import.py" line="36" />
      <source>{title}…</source>
      <translation>{title}…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/excel_import.py" line="87" />
      <source>Opening stock date:</source>
      <translation>期初库存日期：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/excel_import.py" line="96" />
      <source>Import {what} from Excel</source>
      <translation>从 Excel 导入{what}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/excel_import.py" line="99" />
      <source>{what} template</source>
      <translation>{what}模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/export.py" line="127" />
      <source>Exporting {title}…</source>
      <translation>正在导出{title}……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/export.py" line="182" />
      <source>Open file</source>
      <translation>打开文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/export.py" line="60" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/export.py" line="71" />
      <source>Excel workbook (*.xlsx);;All files (*)</source>
      <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/export.py" line="137" />
      <source>Exporting {title}… {count} rows</source>
      <translation>正在导出{title}…… 已写 {count} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="322" />
      <source>Import finished.</source>
      <translation>导入完成。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="299" />
      <source>Importing {name}…</source>
      <translation>正在导入 {name}……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="314" />
      <source>{count} rows imported.</source>
      <translation>已导入 {count} 行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="97" />
      <source>Choose an Excel file (.xlsx) whose first row names the columns. Required columns: {columns}. Nothing is imported unless every row is correct.</source>
      <translation>请选择一个 Excel 文件（.xlsx），其第一行为列名。必填列：{columns}。只有每一行都正确时才会导入。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="106" />
      <source>File to import…</source>
      <translation>要导入的文件…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="108" />
      <source>Choose file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="110" />
      <source>Download template…</source>
      <translation>下载模板…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="139" />
      <source>Save error report…</source>
      <translation>保存错误报告…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="143" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="171" />
      <source>Choose the file to import</source>
      <translation>选择要导入的文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="176" />
      <source>Save the template</source>
      <translation>保存模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="187" />
      <source>Template saved to {path}. Fill it in with Excel, then choose it here.</source>
      <translation>模板已保存到 {path}。请用 Excel 填写后在此选择该文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="230" />
      <source>Save error report</source>
      <translation>保存错误报告</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="239" />
      <source>Error report saved to {path}.</source>
      <translation>错误报告已保存到 {path}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="217" />
      <source>Importing {name}: {n} rows read…</source>
      <translation>正在导入 {name}：已读取 {n} 行……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="230" />
      <source>{name} - problems</source>
      <translation>{name} - 问题</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="185" />
      <source>The template could not be saved: {error}</source>
      <translation>无法保存模板：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="237" />
      <source>The error report could not be saved: {error}</source>
      <translation>无法保存错误报告：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="258" />
      <source>Correct the file and import it again.</source>
      <translation>请修改文件后重新导入。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="262" />
      <source>The import failed; nothing was imported.</source>
      <translation>导入失败；未导入任何数据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/list_page.py" line="146" />
      <source>{count} rows</source>
      <translation>共 {count} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/list_page.py" line="52" />
      <source>Search…</source>
      <translation>搜索……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="97" />
      <source>e.g. 20260315</source>
      <translation>如 20260315</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="286" />
      <source>Entered {done} / {qty}</source>
      <translation>已录 {done} / {qty}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="84" />
      <source>Lots</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="94" />
      <source>Scan or type the serial number</source>
      <translation>扫描或输入序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="94" />
      <source>Lot number</source>
      <translation>批号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="100" />
      <source>from the shelf life ({days} days)</source>
      <translation>按保质期（{days} 天）推算</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="100" />
      <source>e.g. 20261231</source>
      <translation>如 20261231</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="103" />
      <source>Serial number</source>
      <translation>序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="106" />
      <source>Production date</source>
      <translation>生产日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="107" />
      <source>Expiry date</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="179" />
      <source>Enter the serial number.</source>
      <translation>请输入序列号。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="179" />
      <source>Enter the lot number.</source>
      <translation>请输入批号。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="183" />
      <source>Serial number {serial} was scanned already.</source>
      <translation>序列号 {serial} 已扫过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="186" />
      <source>All {qty} serial numbers are scanned already.</source>
      <translation>{qty} 个序列号已全部扫完。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="192" />
      <source>The quantity of lot {lot} must be a number above 0.</source>
      <translation>批次 {lot} 的数量必须是大于 0 的数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="197" />
      <source>Type a date such as 20261001 or 10-1.</source>
      <translation>请输入日期，如 20261001 或 10-1。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="201" />
      <source>Lot {lot} needs its production date or its expiry date (shelf life {days} days).</source>
      <translation>批次 {lot} 需要生产日期或有效期（保质期 {days} 天）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="209" />
      <source>Lot {lot} expires before it was made.</source>
      <translation>批次 {lot} 的有效期早于生产日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="213" />
      <source>Lot {lot}: {qty} is more than the {left} still to cover.</source>
      <translation>批次 {lot}：{qty} 超过尚未录入的 {left}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="242" />
      <source>{qty} serial numbers are needed; {done} are scanned.</source>
      <translation>需要 {qty} 个序列号，已扫 {done} 个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/lot_entry.py" line="250" />
      <source>The lots add up to {done}; the line needs {qty}.</source>
      <translation>批次合计 {done}，本行需要 {qty}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/mnemonic_edit.py" line="20" />
      <source>Pinyin initials, made from the name</source>
      <translation>拼音首字母，按名称自动生成</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/mnemonic_edit.py" line="22" />
      <source>助记码: the letters a picker finds this by (e.g. KKKL for 可口可乐); type your own to keep it</source>
      <translation>助记码：选择框按这些字母查找（如 可口可乐 为 KKKL）；手工输入则保留您的助记码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="374" />
      <source>Product: code, name, spec, barcode or mnemonic…</source>
      <translation>商品：编码、名称、规格、条码或助记码……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="521" />
      <source>Warehouse: code or name…</source>
      <translation>仓库：编码或名称……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="536" />
      <source>Bin: code or name…</source>
      <translation>库位：编码或名称……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="555" />
      <source>Account: code or name…</source>
      <translation>科目：编码或名称……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="571" />
      <source>Staff: name or mnemonic…</source>
      <translation>职员：姓名或助记码……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="676" />
      <source>frozen</source>
      <translation>冻结</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="676" />
      <source>full</source>
      <translation>已满</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="413" />
      <source>Customer: code, name, phone or mnemonic…</source>
      <translation>客户：编码、名称、电话或助记码……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="415" />
      <source>Supplier: code, name, phone or mnemonic…</source>
      <translation>供应商：编码、名称、电话或助记码……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="280" />
      <source>No match for “{text}”.</source>
      <translation>没有与“{text}”匹配的结果。</translation>
    </message>
  </context>
</TS>
