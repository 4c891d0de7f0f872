<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="71" />
      <source>Cash</source>
      <translation>现金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="102" />
      <source>No money account {ref}.</source>
      <translation>没有资金账户 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="114" />
      <source>Enter a code.</source>
      <translation>请输入编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="118" />
      <source>Unknown money account kind {kind}.</source>
      <translation>未知的资金账户类型 {kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="174" />
      <source>No free sub-account under {code}.</source>
      <translation>{code} 下已无可用明细科目编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="199" />
      <source>Account {account} holds {balance}; paying {amount} would take it below zero, which it does not allow.</source>
      <translation>账户 {account} 余额 {balance}，支付 {amount} 将使其为负，该账户不允许负余额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="213" />
      <source>The amount must be greater than zero.</source>
      <translation>金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="219" />
      <source>Money account {name} is inactive.</source>
      <translation>资金账户 {name} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="307" />
      <source>Approved on entry</source>
      <translation>录入时审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="319" />
      <source>Unknown allocation choice {choice}.</source>
      <translation>未知的核销方式 {choice}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="392" />
      <source>No money document {ref}.</source>
      <translation>没有资金单据 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="413" />
      <source>{number} is itself the reversal of {original} and cannot be reversed.</source>
      <translation>{number} 本身是 {original} 的冲销单，不能再冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="417" />
      <source>{number} has already been reversed by {reversal}.</source>
      <translation>{number} 已被 {reversal} 冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="420" />
      <source>A reversal cannot be dated before the document it reverses ({date}).</source>
      <translation>冲销日期不能早于被冲销单据的日期（{date}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="123" />
      <source>Money account code {code} is already used.</source>
      <translation>资金账户编码 {code} 已被使用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="195" />
      <source>Reversing {number} takes {amount} out of account {account}, which holds {balance}; it may not go below zero. Allow the account below zero or bring money in first.</source>
      <translation>冲销 {number} 要从账户 {account} 转出 {amount}，但该账户余额只有 {balance}，不允许为负。请先允许该账户为负，或先存入资金。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="228" />
      <source>No customer {ref}.</source>
      <translation>没有客户 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="228" />
      <source>No supplier {ref}.</source>
      <translation>没有供应商 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="256" />
      <source>Receipt from {name}</source>
      <translation>收到 {name} 款项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="333" />
      <source>Choose two different accounts.</source>
      <translation>请选择两个不同的账户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="359" />
      <source>No active account {code}.</source>
      <translation>没有启用的科目 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="361" />
      <source>Account {code} is kept by its own ledger; use a receipt, payment or transfer instead.</source>
      <translation>科目 {code} 由明细账管理，请改用收款、付款或转账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="128" />
      <source>Account {code} is not a cash or bank account.</source>
      <translation>科目 {code} 不是现金或银行科目。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="139" />
      <source>Opening balance {name}</source>
      <translation>期初余额 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="284" />
      <source>Payment to {name}</source>
      <translation>付款给 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="340" />
      <source>Transfer {source} → {target}</source>
      <translation>转账 {source} → {target}</translation>
    </message>
  </context>
</TS>
