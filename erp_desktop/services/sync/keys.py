"""The keys of this file's sync state in ``local_state`` (never synced)."""

K_PULL = "sync_pull_seq"  # the last server seq pulled
K_PUSH = "sync_push_hlc"  # the old clock cursor (before the outbox)
K_SERVER = "sync_server_id"
K_LAST = "sync_last_at"
K_ERROR = "sync_last_error"
K_SETTINGS = "sync_settings"
K_PASSWORD = "sync_password_obf"
K_FLOOR = "hlc_floor"
K_SERIES = "series"
K_SEED = "sync_seed_all"
K_OUTBOX = "sync_outbox_cursor"  # the last outbox seq the server has confirmed
