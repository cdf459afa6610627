"""The loaded catalog: one current edition of Order 338 with its positions and sources (the search index is
built from them in memory: `sanat.catalog.store.search_index`).

Other apps must reference a position by its stable string id (``Position.pid``, e.g. ``"338-03-07"``),
never by a foreign key: a new edition of the sources replaces every row.
"""

from __future__ import annotations

from django.db import models


class CatalogEdition(models.Model):
    """One import of the catalog: the sources' provenance and the digest that makes loading idempotent."""

    digest = models.CharField(max_length=64, unique=True, help_text="sha256 over the sources' sha256s")
    schema_version = models.CharField(max_length=16)
    sources = models.JSONField(help_text="SourceText.provenance() of every text used")
    extra = models.JSONField(default=dict, blank=True, help_text="top-level catalog keys other than positions")
    standard = models.JSONField(null=True, blank=True,
                                help_text="the professional standard built from this edition's text (None: not stored)")
    course = models.JSONField(null=True, blank=True,
                              help_text="the course programme built from this edition's text (None: not stored)")
    loaded_at = models.DateTimeField(auto_now_add=True)
    origin = models.CharField(max_length=300, blank=True, help_text="sources folder or imported file")

    class Meta:
        ordering = ("-loaded_at",)

    def __str__(self) -> str:
        return f"catalog {self.digest[:12]} ({self.loaded_at:%Y-%m-%d})"


class SourceFile(models.Model):
    """The exact text a catalog edition was built from, so citations resolve to the same lines."""

    edition = models.ForeignKey(CatalogEdition, on_delete=models.CASCADE, related_name="files")
    key = models.CharField(max_length=40)
    file = models.CharField(max_length=200)
    lang = models.CharField(max_length=5)
    kind = models.CharField(max_length=60)
    sha256 = models.CharField(max_length=64)
    text = models.TextField()

    class Meta:
        constraints = (models.UniqueConstraint(fields=["edition", "file"], name="catalog_sourcefile_unique"),)

    def __str__(self) -> str:
        return self.file


class Position(models.Model):
    """A teacher position (one paragraph of Order 338) with its full catalog JSON."""

    edition = models.ForeignKey(CatalogEdition, on_delete=models.CASCADE, related_name="positions")
    pid = models.CharField("id", max_length=40, db_index=True)
    order = models.PositiveIntegerField(help_text="order in the source")
    chapter = models.PositiveSmallIntegerField(db_index=True)
    paragraph = models.PositiveSmallIntegerField(null=True, blank=True)
    occurrence = models.PositiveSmallIntegerField(default=1)
    title_kk = models.TextField(blank=True)
    title_ru = models.TextField(blank=True)
    chapter_title_kk = models.TextField(blank=True)
    chapter_title_ru = models.TextField(blank=True)
    ru_provenance = models.CharField(max_length=30, blank=True,
                                     help_text="'official', 'vacancy_notice' (a school's quotation) or '' (no ru)")
    data = models.JSONField()

    class Meta:
        ordering = ("order",)
        constraints = (models.UniqueConstraint(fields=["edition", "pid"], name="catalog_position_unique"),)

    def __str__(self) -> str:
        return f"{self.pid} {self.title_kk or self.title_ru}"
