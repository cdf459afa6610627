from django.urls import path

from . import views

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
    path("certificates/<str:number>/", views.verify, name="verify"),
]
