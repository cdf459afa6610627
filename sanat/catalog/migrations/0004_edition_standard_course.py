"""The professional standard and the course programme are stored with the edition they were built from."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('catalog', '0003_searchterm_first'),
    ]

    operations = [
        migrations.AddField(
            model_name='catalogedition',
            name='standard',
            field=models.JSONField(blank=True, help_text="the professional standard built from this edition's text (None: not stored)", null=True),
        ),
        migrations.AddField(
            model_name='catalogedition',
            name='course',
            field=models.JSONField(blank=True, help_text="the course programme built from this edition's text (None: not stored)", null=True),
        ),
    ]
