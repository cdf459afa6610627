from django.urls import path

from . import cohort_views, views

app_name = "training_centre"

urlpatterns = [
    path("", views.index, name="index"),
    path("cohorts/new/", views.cohort_create, name="cohort_create"),
    path("cohorts/<int:pk>/", views.cohort, name="cohort"),
    path("cohorts/<int:pk>/enrol/", views.enrol, name="enrol"),
    path("cohorts/<int:pk>/pass-mark/", views.pass_mark, name="pass_mark"),
    path("participants/<int:pk>/", views.participant, name="participant"),
    path("participants/<int:pk>/attendance/", views.attendance, name="attendance"),
    path("participants/<int:pk>/checklist/", views.checklist, name="checklist"),
    path("participants/<int:pk>/score/", views.score, name="score"),
    path("participants/<int:pk>/status/", views.status, name="status"),
    path("participants/<int:pk>/certificate/", views.issue, name="issue"),
    path("participants/<int:pk>/certificate-<str:lang>.pdf", views.certificate_pdf, name="certificate_pdf"),
    path("cohorts/<int:pk>/attendance/day-<int:day>/", cohort_views.attendance_day, name="attendance_day"),
    path("cohorts/<int:pk>/certificates-<str:lang>.zip", cohort_views.certificates_zip, name="certificates_zip"),
    path("cohorts/<int:pk>/export.xlsx", cohort_views.export_xlsx, name="export_xlsx"),
    path("participants/<int:pk>/certificate/revoke/", cohort_views.revoke, name="revoke"),
    path("certificates/", cohort_views.verify_lookup, name="verify_lookup"),
    path("certificates/<str:number>/", views.verify, name="verify"),
]
