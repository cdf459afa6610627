"""Seal the audit events written before the hash chain existed, in id order."""

from django.db import migrations


def forwards(apps, schema_editor):
    from sanat.ops.chain import GENESIS, link

    AuditEvent = apps.get_model("accounts", "AuditEvent")
    AuditSeal = apps.get_model("ops", "AuditSeal")
    ChainHead = apps.get_model("ops", "ChainHead")
    prev, last = GENESIS, 0
    for event in AuditEvent.objects.order_by("id").iterator(chunk_size=2000):
        digest = link(prev, event)
        AuditSeal.objects.create(event_id=event.pk, prev_hash=prev, hash=digest)
        prev, last = digest, event.pk
    ChainHead.objects.update_or_create(pk=1, defaults={"hash": prev, "last_event_id": last})


class Migration(migrations.Migration):
    dependencies = [("ops", "0001_initial"), ("accounts", "0002_append_only_triggers")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
