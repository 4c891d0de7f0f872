"""Sync (多机同步): each PC works offline; changes meet through one shared PostgreSQL database.

- ``engine``  settings, push, pull, rebuild, status
- ``tables``  which tables sync and how (ledger union or last-writer-wins)
- ``events``  tombstones for deletes
- ``server``  the shared database's schema and roles
"""
