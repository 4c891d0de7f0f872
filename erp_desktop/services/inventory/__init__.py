"""Inventory (库存管理): other receipts and issues, transfers, counts, stock reports."""
