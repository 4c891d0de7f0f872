"""Master data (基础资料): products, parties, prices, warehouses, custom fields, import/export."""
