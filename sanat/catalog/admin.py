"""Read-only admin views of the loaded catalog (it is replaced by ``load_regulations``, never edited)."""

from django.contrib import admin

from .models import CatalogEdition, Position, SourceFile


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(CatalogEdition)
class CatalogEditionAdmin(ReadOnly):
    list_display = ("digest", "schema_version", "origin", "loaded_at")
    exclude = ("extra",)


@admin.register(Position)
class PositionAdmin(ReadOnly):
    list_display = ("pid", "chapter", "paragraph", "title_kk", "title_ru", "ru_provenance")
    list_filter = ("chapter", "ru_provenance")
    search_fields = ("pid", "title_kk", "title_ru")


@admin.register(SourceFile)
class SourceFileAdmin(ReadOnly):
    list_display = ("file", "key", "lang", "kind", "sha256")
    exclude = ("text",)
