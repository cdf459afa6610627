"""A URLconf with one view that fails (for the 500-logging test)."""

from django.urls import path


def boom(request):
    return 1 // 0


def far_date(request):
    import datetime as dt

    return dt.date(9999, 12, 31) + dt.timedelta(days=10)


from sanat.web.urls import urlpatterns as site  # noqa: E402  (the pages' own links must resolve)

urlpatterns = [path("boom/", boom), path("far-date/", far_date), *site]
