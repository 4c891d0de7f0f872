"""Storage below the services: engine, unit of work, the row writers below the ORM, backups."""
