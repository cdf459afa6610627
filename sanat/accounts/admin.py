"""Admin: the audit log (read-only), users and groups with their permissions named in kk/ru."""

from django.apps import apps
from django.contrib import admin
from django.contrib.admin.templatetags import admin_list
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, Permission, User
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import AuditEvent


def _boolean_icon(value):
    """Django's yes/no icon, its text in the page's language (Django prints the Python literal: alt="True")."""
    name, text = {True: ("yes", _("Yes")), False: ("no", _("No")), None: ("unknown", _("Unknown"))}[value]
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{name}.svg"), text)


admin_list._boolean_icon = _boolean_icon  # every admin page imports it from there when it draws a yes/no value

ACTIONS = {"add": _("Can add"), "change": _("Can change"), "delete": _("Can delete"), "view": _("Can view")}


class ObjectTypeFilter(admin.SimpleListFilter):
    """The audited object's kind by its model's name (``hiring.application`` → «өтінім»)."""

    title = _("object type")
    parameter_name = "object_type"

    def lookups(self, request, model_admin):
        out = []
        for label in AuditEvent.objects.order_by().values_list("object_type", flat=True).distinct():
            try:
                name = apps.get_model(label)._meta.verbose_name
            except (LookupError, ValueError):
                name = label
            out.append((label, name))
        return sorted(out, key=lambda pair: str(pair[1]))

    def queryset(self, request, queryset):
        return queryset.filter(object_type=self.value()) if self.value() else queryset


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only view of the audit log."""

    list_display = ("at", "actor_label", "action", "object_type", "object_id")
    list_filter = (ObjectTypeFilter,)
    search_fields = ("actor_label", "object_id", "action")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def permission_label(perm: Permission) -> str:
    """«Оқу орталығы | топ | Қосу құқығы»: the stored name is English (Django writes it at migrate time)."""
    model = perm.content_type.model_class()
    action = perm.codename.split("_", 1)[0]
    if model is None or action not in ACTIONS or perm.codename != f"{action}_{model._meta.model_name}":
        return str(perm)
    return f"{model._meta.app_config.verbose_name} | {model._meta.verbose_name} | {ACTIONS[action]}"


def admin_permissions():
    """Permissions of the models the admin shows: on any other model a permission grants nothing (the site's
    own roles decide there), so the list holds only what an administrator can give."""
    models = [m for m in admin.site._registry]
    ids = [p.pk for p in Permission.objects.select_related("content_type")
           if p.content_type.model_class() in models]
    return Permission.objects.filter(pk__in=ids).select_related("content_type")


class PermissionLabels:
    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        if db_field.name in ("permissions", "user_permissions"):
            kwargs["queryset"] = admin_permissions()
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name in ("permissions", "user_permissions"):
            field.label_from_instance = permission_label
        return field


admin.site.unregister(User)
admin.site.unregister(Group)


@admin.register(User)
class SanatUserAdmin(PermissionLabels, UserAdmin):
    pass


@admin.register(Group)
class SanatGroupAdmin(PermissionLabels, GroupAdmin):
    pass
