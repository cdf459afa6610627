"""A URLconf with one view that fails (for the 500-logging test)."""

from django.urls import path


def boom(request):
    return 1 // 0


urlpatterns = [path("boom/", boom)]
