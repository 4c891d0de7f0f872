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
      <location filename="../../erp_desktop/services/finance_money.py" line="183" />
      <source>Account {account} holds {balance}; paying {amount} would take it below zero, which it does not allow.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="197" />
      <source>The amount must be greater than zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="203" />
      <source>Money account {name} is inactive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="289" />
      <source>Approved on entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="301" />
      <source>Unknown allocation choice {choice}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="113" />
      <source>Money account code {code} is already used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="212" />
      <source>No customer {ref}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="212" />
      <source>No supplier {ref}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="240" />
      <source>Receipt from {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="321" />
      <source>Choose two different accounts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="346" />
      <source>No active account {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="348" />
      <source>Account {code} is kept by its own ledger; use a receipt, payment or transfer instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="118" />
      <source>Account {code} is not a cash or bank account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="129" />
      <source>Opening balance {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="267" />
      <source>Payment to {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_money.py" line="328" />
      <source>Transfer {source} → {target}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
