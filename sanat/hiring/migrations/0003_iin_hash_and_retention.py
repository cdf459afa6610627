"""Fields for the keyed IIN hash and its last two digits (filled by 0004), and the retention purge marks."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('hiring', '0002_staged_upload'),
    ]

    operations = [
        migrations.AddField(
            model_name='application',
            name='iin_hmac',
            field=models.CharField(default='', max_length=64, verbose_name='IIN (keyed hash)'),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name='application',
            name='iin_last2',
            field=models.CharField(blank=True, default='', max_length=2, verbose_name='IIN (last 2 digits)'),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name='application',
            name='birth_date',
            field=models.DateField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name='application',
            name='email',
            field=models.EmailField(blank=True, max_length=254),
        ),
        migrations.AddField(
            model_name='application',
            name='purged_at',
            field=models.DateTimeField(blank=True, help_text='When the retention purge deleted the files (and, unless selected, the contact data).', null=True),
        ),
        migrations.AddField(
            model_name='upload',
            name='purged_at',
            field=models.DateTimeField(blank=True, help_text='The file was deleted by the retention purge.', null=True),
        ),
        migrations.AddField(
            model_name='stagedupload',
            name='purged_at',
            field=models.DateTimeField(blank=True, help_text='The file was deleted by the retention purge.', null=True),
        ),
    ]
