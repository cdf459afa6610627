from django.urls import path

from sanat.eligibility import screen_views, views

app_name = "eligibility"
urlpatterns = [
    path("", views.check, name="check"),
    path("screen/", screen_views.screen, name="screen"),
    path("screen/template.<str:kind>", screen_views.template, name="screen_template"),
    path("screen/<uuid:pk>/", screen_views.job, name="screen_job"),
    path("screen/<uuid:pk>/result", screen_views.result, name="screen_result"),
    path("screen/<uuid:pk>/summary.xlsx", screen_views.summary, name="screen_summary"),
]
