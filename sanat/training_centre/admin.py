from django.contrib import admin

from .models import CentreStaff, Certificate, Cohort, Participant

admin.site.register(CentreStaff)
admin.site.register(Cohort)
admin.site.register(Participant)
admin.site.register(Certificate)
