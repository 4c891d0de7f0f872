"""The 业财一体 core every area posts through: stock ledger, journal, numbering, rebuild."""
