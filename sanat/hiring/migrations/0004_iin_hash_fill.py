"""Data: every stored IIN becomes its keyed hash (settings.SANAT_IIN_KEY) and its last two digits.

Backwards, the IINs cannot be recovered from the hashes: the reverse step leaves ``iin`` to be
restored from a backup (the column comes back empty)."""

from django.db import migrations

from sanat.hiring.iin import keyed_hash


def fill(apps, schema_editor):
    Application = apps.get_model('hiring', 'Application')
    batch = []
    for app in Application.objects.only('pk', 'iin').iterator(chunk_size=500):
        app.iin_hmac, app.iin_last2 = keyed_hash(app.iin), app.iin[-2:]
        batch.append(app)
        if len(batch) >= 500:
            Application.objects.bulk_update(batch, ['iin_hmac', 'iin_last2'])
            batch = []
    if batch:
        Application.objects.bulk_update(batch, ['iin_hmac', 'iin_last2'])


class Migration(migrations.Migration):

    dependencies = [
        ('hiring', '0003_iin_hash_and_retention'),
    ]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
