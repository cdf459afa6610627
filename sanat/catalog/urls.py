from django.urls import path

from . import course_views, crosswalk_views, standard_views, views

app_name = "catalog"
urlpatterns = [
    path("", views.home, name="home"),
    path("chapters/<int:number>/", views.chapter, name="chapter"),
    path("positions/<str:pid>/", views.position, name="position"),
    path("sources/<str:file>/", views.source, name="source"),
    path("search/", views.search, name="search"),
    path("course/", course_views.programme, name="course"),
    path("course/export.json", course_views.export, name="course_export"),
    path("standard/", standard_views.overview, name="standard"),
    path("standard/cards/<str:card_id>/", standard_views.card, name="standard_card"),
    path("standard/anomalies/", standard_views.anomalies, name="standard_anomalies"),
    path("standard/export.json", standard_views.export, name="standard_export"),
    path("standard/crosswalk/", crosswalk_views.crosswalk_page, name="standard_crosswalk"),
]
