"""Admin: a simple editor for assessment sheets and draft document lists; every change is audited."""

from django.contrib import admin
from django.forms.models import model_to_dict

from sanat.accounts.services import record

from .models import (
    AssessmentSheet,
    Competition,
    Criterion,
    DocumentRequirement,
    Option,
    Organisation,
    StaffRole,
)


class AuditedAdmin(admin.ModelAdmin):
    """Writes an audit event with the before/after state of every save and delete."""

    def save_model(self, request, obj, form, change):
        before = model_to_dict(type(obj).objects.get(pk=obj.pk)) if change and obj.pk else None
        super().save_model(request, obj, form, change)
        record(request.user, f"admin.{obj._meta.model_name}.{'changed' if change else 'added'}", obj,
               before=before, after=model_to_dict(obj))

    def delete_model(self, request, obj):
        record(request.user, f"admin.{obj._meta.model_name}.deleted", obj, before=model_to_dict(obj))
        super().delete_model(request, obj)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        for obj in formset.new_objects + [o for o, _fields in formset.changed_objects]:
            record(request.user, f"admin.{obj._meta.model_name}.saved", obj, after=model_to_dict(obj))
        for obj in formset.deleted_objects:
            record(request.user, f"admin.{obj._meta.model_name}.deleted", obj, before=model_to_dict(obj))


def _sheet_in_use(sheet) -> bool:
    return sheet is not None and sheet.competition_set.exists()


class OptionInline(admin.TabularInline):
    model = Option
    extra = 0


@admin.register(Criterion)
class CriterionAdmin(AuditedAdmin):
    list_display = ("sheet", "order", "code", "title_kk", "max_points")
    inlines = (OptionInline,)

    def has_change_permission(self, request, obj=None):
        # An edition in use by a competition is frozen: scores refer to its options.
        return super().has_change_permission(request, obj) and not (obj and _sheet_in_use(obj.sheet))

    has_delete_permission = has_change_permission


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0
    show_change_link = True


@admin.register(AssessmentSheet)
class AssessmentSheetAdmin(AuditedAdmin):
    list_display = ("code", "edition", "valid_from", "valid_to", "is_example", "aggregation")
    inlines = (CriterionInline,)
    readonly_fields = ("source_yaml", "imported_at")

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not _sheet_in_use(obj)

    has_delete_permission = has_change_permission


@admin.register(DocumentRequirement)
class DocumentRequirementAdmin(AuditedAdmin):
    """The document list of a draft competition (a copy of the notice edition) can be edited here."""

    list_display = ("competition", "number", "condition", "title_ru", "citation")
    list_filter = ("condition",)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not (obj and obj.competition.state != Competition.DRAFT)

    has_delete_permission = has_change_permission


admin.site.register(Organisation, AuditedAdmin)
admin.site.register(StaffRole, AuditedAdmin)


@admin.register(Competition)
class CompetitionAdmin(admin.ModelAdmin):
    list_display = ("title_kk", "organisation", "state", "accepts_from", "accepts_until")

    def has_change_permission(self, request, obj=None):
        return False  # state changes go through the audited services
