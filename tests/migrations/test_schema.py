"""The migrations produce exactly the models' schema; an older database is upgraded after a backup
(kept in the shop's own backup folder)."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from erp_desktop import config
from erp_desktop.models import Base
from erp_desktop.storage import engine as db
from erp_desktop.storage.search_index import is_search_table


def include_name(name, type_, parent_names):
    return not (type_ == "table" and is_search_table(name))  # the FTS index is no model


def test_migrations_match_models(tmp_path):
    engine = db.open_engine(tmp_path / "m.sqlite3")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    assert db.current_revision(engine) == db.head_revision(engine)


def test_upgrade_backs_up_an_existing_database(tmp_path):
    from alembic import command

    path = tmp_path / "old.sqlite3"
    engine = db.make_engine(db.db_url(path))
    command.stamp(db.alembic_config(engine), "base")  # an empty but stamped file: nothing to back up yet
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE keep_me (x INTEGER)")
        conn.exec_driver_sql("INSERT INTO keep_me VALUES (42)")
    before = set(config.backup_dir().glob("*/old-pre-migrate-*"))
    assert db.upgrade(engine) is True
    after = set(config.backup_dir().glob("*/old-pre-migrate-*"))
    assert len(after - before) == 1
    assert db.upgrade(engine) is False
