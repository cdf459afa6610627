"""The clear IIN column goes; one application per IIN is now checked on the keyed hash."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('hiring', '0004_iin_hash_fill'),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='application',
            name='hiring_application_one_per_iin',
        ),
        migrations.RemoveField(
            model_name='application',
            name='iin',
        ),
        migrations.AddConstraint(
            model_name='application',
            constraint=models.UniqueConstraint(condition=models.Q(('iin_hmac', '[redacted]'), _negated=True), fields=('competition', 'iin_hmac'), name='hiring_application_one_per_iin'),
        ),
    ]
