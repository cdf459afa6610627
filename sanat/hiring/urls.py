from django.urls import path

from . import views

app_name = "hiring"
urlpatterns = [
    path("", views.index, name="index"),
    path("c/<int:pk>/", views.competition, name="competition"),
    path("c/<int:pk>/announcement-<str:lang>.<str:fmt>", views.announcement_file, name="announcement"),
    path("c/<int:pk>/announcement.zip", views.announcement_package, name="announcement_package"),
    path("c/<int:pk>/apply/", views.apply, name="apply"),
    path("a/<int:pk>/", views.application, name="application"),
    path("a/<int:pk>/upload/", views.upload, name="upload"),
    path("a/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("a/<int:pk>/resubmit/", views.resubmit, name="resubmit"),
    path("a/<int:pk>/check/", views.check, name="check"),
    path("a/<int:pk>/check-iin/", views.check_iin, name="check_iin"),
    path("a/<int:pk>/score/", views.score, name="score"),
    path("files/<int:pk>/", views.upload_file, name="file"),
    path("manage/new/", views.new_competition, name="new"),
    path("manage/<int:pk>/", views.manage, name="manage"),
    path("manage/<int:pk>/posts/", views.add_post, name="add_post"),
    path("manage/<int:pk>/posts/<int:post_pk>/", views.edit_post, name="edit_post"),
    path("manage/<int:pk>/posts/<int:post_pk>/remove/", views.remove_post, name="remove_post"),
    path("manage/<int:pk>/members/", views.add_member, name="add_member"),
    path("manage/<int:pk>/decide/", views.decide, name="decide"),
    path("manage/<int:pk>/meeting/", views.meeting, name="meeting"),
    path("manage/<int:pk>/<str:action>/", views.transition, name="transition"),
    path("manage/<int:pk>/protocol-<str:lang>.<str:fmt>", views.protocol_file, name="protocol"),
    path("sheets/", views.sheet_import, name="sheets"),
]
