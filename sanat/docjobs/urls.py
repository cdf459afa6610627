from django.urls import path

from . import views

app_name = "docjobs"
urlpatterns = [
    path("<uuid:pk>/", views.job, name="job"),
    path("<uuid:pk>/status", views.status, name="status"),
    path("<uuid:pk>/download", views.download, name="download"),
]
