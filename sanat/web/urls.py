"""Root URLs: each app mounts its own ``urls`` module."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from sanat.web import health
from sanat.web.api import api

admin.site.site_header = _("sanat administration")
admin.site.site_title = _("sanat administration")
admin.site.index_title = _("Site administration")

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", api.urls),
]
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),  # /admin/ in Kazakh, /ru/admin/ in Russian, like every page
    path("accounts/", include("sanat.accounts.urls")),
    path("hiring/", include("sanat.hiring.urls")),
    path("eligibility/", include("sanat.eligibility.urls")),
    path("attestation/rounds/", include("sanat.attestation_procedure.urls")),
    path("attestation/", include("sanat.attestation.urls")),
    path("training/", include("sanat.training_centre.urls")),
    path("documents/jobs/", include("sanat.docjobs.urls")),
    path("", include("sanat.catalog.urls")),
    prefix_default_language=False,
)

handler403 = "sanat.web.errors.permission_denied"
handler404 = "sanat.web.errors.page_not_found"
handler500 = "sanat.web.errors.server_error"
