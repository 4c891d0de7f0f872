<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="92" />
      <source>No money account {ref}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="104" />
      <source>Enter a code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="106" />
      <source>Enter a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="108" />
      <source>Unknown money account kind {kind}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="163" />
      <source>No free sub-account under {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="182" />
      <source>Account {account} holds {balance}; paying {amount} would take it below zero, which it does not allow.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="194" />
      <source>An amount has at most two decimal places.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="196" />
      <source>The amount must be greater than zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="202" />
      <source>Money account {name} is inactive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="288" />
      <source>Approved on entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="300" />
      <source>Unknown allocation choice {choice}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="338" />
      <source>Unknown kind {kind}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="113" />
      <source>Money account code {code} is already used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="211" />
      <source>No customer {ref}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="211" />
      <source>No supplier {ref}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="239" />
      <source>Receipt from {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="320" />
      <source>Choose two different accounts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="345" />
      <source>No active account {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="347" />
      <source>Account {code} is kept by its own ledger; use a receipt, payment or transfer instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="118" />
      <source>Account {code} is not a cash or bank account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="127" />
      <source>Opening balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="129" />
      <source>Opening balance {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="266" />
      <source>Payment to {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="327" />
      <source>Transfer {source} → {target}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
