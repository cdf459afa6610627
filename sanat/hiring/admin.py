"""Admin: a simple editor for assessment sheets and a read-only look at competitions."""

from django.contrib import admin

from .models import AssessmentSheet, Competition, Criterion, Option, Organisation, StaffRole


class OptionInline(admin.TabularInline):
    model = Option
    extra = 0


@admin.register(Criterion)
class CriterionAdmin(admin.ModelAdmin):
    list_display = ("sheet", "order", "code", "title_kk", "max_points")
    inlines = (OptionInline,)

    def has_change_permission(self, request, obj=None):
        # An edition in use by a competition is frozen: scores refer to its options.
        return super().has_change_permission(request, obj) and not (obj and obj.sheet.competition_set.exists())


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0
    show_change_link = True


@admin.register(AssessmentSheet)
class AssessmentSheetAdmin(admin.ModelAdmin):
    list_display = ("code", "edition", "valid_from", "valid_to", "is_example", "aggregation")
    inlines = (CriterionInline,)
    readonly_fields = ("source_yaml", "imported_at")

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not (obj and obj.competition_set.exists())


admin.site.register(Organisation)
admin.site.register(StaffRole)


@admin.register(Competition)
class CompetitionAdmin(admin.ModelAdmin):
    list_display = ("title_kk", "organisation", "state", "accepts_from", "accepts_until")

    def has_change_permission(self, request, obj=None):
        return False  # state changes go through the audited services
