from django.urls import path

from . import views

app_name = "procedure"
urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.new_round, name="new"),
    path("<int:pk>/", views.round_page, name="round"),
    path("<int:pk>/members/", views.add_member, name="members"),
    path("<int:pk>/state/<str:state>/", views.round_state, name="state"),
    path("<int:pk>/results/", views.import_results, name="import"),
    path("<int:pk>/protocol-<str:lang>.<str:fmt>", views.protocol_file, name="protocol"),
    path("<int:pk>/apply/", views.apply, name="apply"),
    path("a/<int:pk>/", views.application, name="application"),
    path("a/<int:pk>/evaluate/", views.evaluate, name="evaluate"),
    path("a/<int:pk>/resubmit/", views.resubmit, name="resubmit"),
    path("a/<int:pk>/score/", views.score, name="score"),
    path("a/<int:pk>/marks/", views.marks, name="marks"),
    path("a/<int:pk>/joint/", views.joint, name="joint"),
    path("a/<int:pk>/decide/", views.decide, name="decide"),
    path("a/<int:pk>/appeal/", views.appeal, name="appeal"),
    path("a/<int:pk>/file/<int:evidence>/", views.evidence_file, name="evidence"),
    path("a/<int:pk>/extract-<str:lang>.<str:fmt>", views.extract_file, name="extract"),
    path("appeals/<int:pk>/", views.appeal_decide, name="appeal_decide"),
]
