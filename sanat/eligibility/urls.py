from django.urls import path

from sanat.eligibility import views

app_name = "eligibility"
urlpatterns = [
    path("", views.check, name="check"),
    path("screen/", views.screen, name="screen"),
]
