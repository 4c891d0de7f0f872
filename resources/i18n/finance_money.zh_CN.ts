<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="92" />
      <source>No money account {ref}.</source>
      <translation>没有资金账户 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="104" />
      <source>Enter a code.</source>
      <translation>请输入编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="108" />
      <source>Unknown money account kind {kind}.</source>
      <translation>未知的资金账户类型 {kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="164" />
      <source>No free sub-account under {code}.</source>
      <translation>{code} 下已无可用明细科目编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="184" />
      <source>Account {account} holds {balance}; paying {amount} would take it below zero, which it does not allow.</source>
      <translation>账户 {account} 余额 {balance}，支付 {amount} 将使其为负，该账户不允许负余额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="198" />
      <source>The amount must be greater than zero.</source>
      <translation>金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="204" />
      <source>Money account {name} is inactive.</source>
      <translation>资金账户 {name} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="292" />
      <source>Approved on entry</source>
      <translation>录入时审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="304" />
      <source>Unknown allocation choice {choice}.</source>
      <translation>未知的核销方式 {choice}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="113" />
      <source>Money account code {code} is already used.</source>
      <translation>资金账户编码 {code} 已被使用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="213" />
      <source>No customer {ref}.</source>
      <translation>没有客户 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="213" />
      <source>No supplier {ref}.</source>
      <translation>没有供应商 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="241" />
      <source>Receipt from {name}</source>
      <translation>收到 {name} 款项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="318" />
      <source>Choose two different accounts.</source>
      <translation>请选择两个不同的账户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="344" />
      <source>No active account {code}.</source>
      <translation>没有启用的科目 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="346" />
      <source>Account {code} is kept by its own ledger; use a receipt, payment or transfer instead.</source>
      <translation>科目 {code} 由明细账管理，请改用收款、付款或转账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="118" />
      <source>Account {code} is not a cash or bank account.</source>
      <translation>科目 {code} 不是现金或银行科目。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="129" />
      <source>Opening balance {name}</source>
      <translation>期初余额 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="269" />
      <source>Payment to {name}</source>
      <translation>付款给 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="325" />
      <source>Transfer {source} → {target}</source>
      <translation>转账 {source} → {target}</translation>
    </message>
  </context>
</TS>
