"""Database-level append-only guard for the audit log: UPDATE refused on SQLite, UPDATE and DELETE on PostgreSQL."""

from django.db import migrations

TABLE = "accounts_auditevent"

SQLITE = [
    f"CREATE TRIGGER {TABLE}_no_update BEFORE UPDATE ON {TABLE} BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;",
]
# DELETE is refused by the ORM on SQLite only: Django's test flush empties tables with DELETE there.
POSTGRES = [
    """CREATE OR REPLACE FUNCTION sanat_audit_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'audit log is append-only'; END; $$ LANGUAGE plpgsql;""",
    f"CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE ON {TABLE} FOR EACH ROW EXECUTE FUNCTION sanat_audit_append_only();",
]
# TRUNCATE (table owner only; Django's test flush uses it) is not row-level and stays possible for the owner:
# production should run the app under a role that does not own the table.


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for sql in {"sqlite": SQLITE, "postgresql": POSTGRES}.get(vendor, []):
        schema_editor.execute(sql)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_no_update")
    elif vendor == "postgresql":
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_append_only ON {TABLE}")


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
