# ruff: noqa: RUF012  (Django choices class attributes are lists by convention)
"""The loaded catalog: one current edition of Order 338 with its positions and sources (the search index is
built from them in memory: `sanat.catalog.store.search_index`).

Other apps must reference a position by its stable string id (``Position.pid``, e.g. ``"338-03-07"``),
never by a foreign key: a new edition of the sources replaces every row.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class CatalogEdition(models.Model):
    """One import of the catalog: the sources' provenance and the digest that makes loading idempotent."""

    digest = models.CharField(_("digest"), max_length=64, unique=True, help_text=_("SHA-256 over the sources' SHA-256 checksums"))
    schema_version = models.CharField(_("format version"), max_length=16)
    sources = models.JSONField(_("sources"), help_text=_("The provenance of every text used"))
    extra = models.JSONField(_("other catalog data"), default=dict, blank=True, help_text=_("Catalog data other than the positions"))
    standard = models.JSONField(_("professional standard"), null=True, blank=True,
                                help_text=_("The professional standard built from this edition's text (empty: not stored)"))
    course = models.JSONField(_("course programme"), null=True, blank=True,
                              help_text=_("The course programme built from this edition's text (empty: not stored)"))
    loaded_at = models.DateTimeField(_("loaded at"), auto_now_add=True)
    origin = models.CharField(_("origin"), max_length=300, blank=True, help_text=_("Sources folder or imported file"))

    class Meta:
        verbose_name = _("catalog edition")
        verbose_name_plural = _("catalog editions")
        ordering = ("-loaded_at",)

    def __str__(self) -> str:
        return f"catalog {self.digest[:12]} ({self.loaded_at:%Y-%m-%d})"


class SourceFile(models.Model):
    """The exact text a catalog edition was built from, so citations resolve to the same lines."""

    edition = models.ForeignKey(CatalogEdition, verbose_name=_("catalog edition"), on_delete=models.CASCADE, related_name="files")
    key = models.CharField(_("key"), max_length=40)
    file = models.CharField(_("file"), max_length=200)
    lang = models.CharField(_("language"), max_length=5)
    kind = models.CharField(_("kind"), max_length=60)
    sha256 = models.CharField(_("SHA-256 checksum"), max_length=64)
    text = models.TextField(_("text"))

    class Meta:
        verbose_name = _("source file")
        verbose_name_plural = _("source files")
        constraints = (models.UniqueConstraint(fields=["edition", "file"], name="catalog_sourcefile_unique"),)

    def __str__(self) -> str:
        return self.key


class Position(models.Model):
    """A teacher position (one paragraph of Order 338) with its full catalog JSON."""

    edition = models.ForeignKey(CatalogEdition, verbose_name=_("catalog edition"), on_delete=models.CASCADE, related_name="positions")
    pid = models.CharField(_("position code"), max_length=40, db_index=True)
    order = models.PositiveIntegerField(_("order"), help_text=_("Order in the source"))
    chapter = models.PositiveSmallIntegerField(_("chapter"), db_index=True)
    paragraph = models.PositiveSmallIntegerField(_("paragraph"), null=True, blank=True)
    occurrence = models.PositiveSmallIntegerField(_("occurrence"), default=1)
    title_kk = models.TextField(_("title (kk)"), blank=True)
    title_ru = models.TextField(_("title (ru)"), blank=True)
    chapter_title_kk = models.TextField(_("chapter title (kk)"), blank=True)
    chapter_title_ru = models.TextField(_("chapter title (ru)"), blank=True)
    OFFICIAL, VACANCY_NOTICE = "official", "vacancy_notice"
    PROVENANCES = [(OFFICIAL, _("Official Russian text")), (VACANCY_NOTICE, _("Quoted by a vacancy notice")),
                   ("", _("No Russian text"))]
    ru_provenance = models.CharField(_("Russian text"), max_length=30, blank=True, choices=PROVENANCES,
                                     help_text=_("Where the Russian title comes from"))
    data = models.JSONField(_("catalog data"))

    class Meta:
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        ordering = ("order",)
        constraints = (models.UniqueConstraint(fields=["edition", "pid"], name="catalog_position_unique"),)

    def __str__(self) -> str:
        return f"{self.pid} {self.title_kk or self.title_ru}"
