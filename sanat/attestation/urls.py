from django.urls import path

from sanat.attestation import views

app_name = "attestation"
urlpatterns = [
    path("", views.workspace, name="workspace"),
    path("profile/", views.profile, name="profile"),
    path("profile/export.json", views.profile_export, name="profile_export"),
    path("self-assessment/", views.self_assessment, name="self_assessment"),
    path("evidence/", views.evidence, name="evidence"),
    path("evidence/<int:pk>/", views.evidence_edit, name="evidence_edit"),
    path("evidence/<int:pk>/file/", views.evidence_file, name="evidence_file"),
    path("readiness/", views.readiness, name="readiness"),
    path("plan/<int:pk>/", views.plan_item, name="plan_item"),
]
