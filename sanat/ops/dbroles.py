"""Two PostgreSQL roles: the owner runs migrations, the application role only reads and writes data.

The application role (``SANAT_DATABASE_URL``) owns no table, so it cannot DROP, TRUNCATE or ALTER a table
(``ALTER TABLE … DISABLE TRIGGER`` needs ownership); on the audit log it is granted SELECT and INSERT only.
See deploy/postgres-roles.sql and docs/operations.md «Database roles».
"""

from __future__ import annotations

from django.conf import settings
from django.core.management import call_command
from django.db import connections

AUDIT_TABLE = "accounts_auditevent"
APPEND_ONLY_TABLES = (AUDIT_TABLE, "ops_auditseal")


def migrate_as_owner() -> str:
    """``migrate`` on the ``owner`` alias when configured (else ``default``); then the audit-log grants."""
    alias = "owner" if "owner" in settings.DATABASES else "default"
    call_command("migrate", database=alias, interactive=False, verbosity=0)
    if alias == "owner" and connections[alias].vendor == "postgresql":
        restrict_audit_log(app_role=settings.DATABASES["default"]["USER"], alias=alias)
        connections["default"].close()
    return alias


def restrict_audit_log(app_role: str, alias: str = "owner") -> None:
    """The application role may SELECT and INSERT audit events, nothing else (no UPDATE/DELETE/TRUNCATE)."""
    from psycopg import sql

    conn = connections[alias]
    conn.ensure_connection()
    with conn.cursor() as cur:
        for table in APPEND_ONLY_TABLES:
            for stmt in (
                sql.SQL("REVOKE ALL ON TABLE {t} FROM {r}"),
                sql.SQL("GRANT SELECT, INSERT ON TABLE {t} TO {r}"),
                sql.SQL("GRANT USAGE, SELECT ON SEQUENCE {s} TO {r}"),
            ):
                cur.execute(stmt.format(t=sql.Identifier(table), s=sql.Identifier(f"{table}_id_seq"),
                                        r=sql.Identifier(app_role)).as_string(conn.connection))
