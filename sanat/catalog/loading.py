"""Import a built catalog into the database: one transaction, idempotent by the sources' sha256."""

from __future__ import annotations

import hashlib
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from sanat.regulation import sources as regsources

from . import store
from .models import CatalogEdition, Position, SourceFile

log = logging.getLogger(__name__)
# Bump when what an import stores changes (columns, index analysis): the next load then re-imports.
LOADER_VERSION = "6"


@dataclass(frozen=True)
class LoadResult:
    """What a load did: ``"loaded"``, ``"replaced"`` or ``"unchanged"``."""

    action: str
    edition: CatalogEdition
    positions: int
    terms: int


def parser_fingerprint() -> str:
    """sha256 of the parser's code (``sanat/regulation/**.py``): a changed parser means a new catalog."""
    h = hashlib.sha256()
    root = Path(regsources.__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def sources_digest(provenance: list[dict], parser: str = "") -> str:
    """sha256 over the (file, sha256) pairs of the sources, the loader version and ``parser``."""
    h = hashlib.sha256(f"loader {LOADER_VERSION}\nparser {parser}\n".encode())
    for p in sorted(provenance, key=lambda p: p["file"]):
        h.update(f"{p['file']}\0{p['sha256']}\n".encode())
    return h.hexdigest()


def current_provenance(sources_dir: str | Path | None = None) -> list[dict]:
    """Provenance of every registered text in ``sources_dir`` (shipped ones fill gaps); cheap: no parsing.

    Its digest keys an edition loaded by :func:`load_regulations`: any changed text triggers a rebuild.
    """
    return [t.provenance() for t in regsources.load_all(sources_dir).values()]


def build(sources_dir: str | Path | None = None) -> dict:
    """Run the parser (``sanat.regulation.tqc.catalog.build_catalog``)."""
    from sanat.regulation.tqc.catalog import build_catalog

    return build_catalog(sources_dir=sources_dir)


def _document_builders() -> dict:
    """The documents stored beside the catalog: source key → its builder (``builder(sources_dir)``)."""
    from sanat.regulation.course import build_course
    from sanat.regulation.standard import build_standard

    return {"standard": build_standard, "course": build_course}


def build_documents(sources_dir: str | Path | None = None) -> dict[str, dict]:
    """The professional standard and the course programme built from the texts in ``sources_dir``
    (a text absent there is the shipped one, as for the catalog: :func:`current_provenance`)."""
    def folder(key: str) -> str | Path | None:
        return sources_dir if sources_dir and (Path(sources_dir) / regsources.spec(key).file).is_file() else None

    return {key: make(folder(key)) for key, make in _document_builders().items()}


def documents_from_texts(texts: dict[str, str]) -> dict[str, dict | None]:
    """The standard and the course built from exactly the stored ``texts`` (file name → text);
    ``None`` for a document whose text is not among them."""
    builders = _document_builders()
    files = {key: regsources.spec(key).file for key in builders}
    out: dict[str, dict | None] = dict.fromkeys(builders)
    present = [key for key, file in files.items() if file in texts]
    if present:
        with tempfile.TemporaryDirectory(prefix="sanat-edition-") as tmp:
            for key in present:
                (Path(tmp) / files[key]).write_text(texts[files[key]], encoding="utf-8")
                out[key] = builders[key](tmp)
    return out


def cited_files(data: dict) -> set[str]:
    """Every file a position cites (its kk/ru source, its anomalies), e.g. the vacancy notice."""
    files: set[str] = set()
    for p in data.get("positions") or []:
        for s in (p.get("source") or {}).values():
            if s and s.get("file"):
                files.add(s["file"])
        for a in p.get("anomalies") or []:
            files.update(s["file"] for s in a.get("sources") or [] if s.get("file"))
    return files


def with_cited_sources(data: dict, sources_dir: str | Path | None = None) -> dict:
    """``data`` with the provenance of every registered text its ``sources`` list lacks.

    Cited files (e.g. the vacancy notice) and the texts other pages cite (the professional
    standard, the course programme) must all be stored, so every citation link opens.
    """
    registry = regsources.load_all(sources_dir)
    listed = {p["file"] for p in data.get("sources") or []}
    missing = (cited_files(data) | {t.file for t in registry.values()}) - listed
    if not missing:
        return data
    extra = [t.provenance() for t in registry.values() if t.file in missing]
    return {**data, "sources": [*(data.get("sources") or []), *extra]}


def texts_for(provenance: list[dict], sources_dir: str | Path | None = None) -> dict[str, str]:
    """The text of each listed source whose sha256 matches, from ``sources_dir`` or the shipped copies."""
    out: dict[str, str] = {}
    texts = {t.file: t for t in regsources.load_all(sources_dir).values()}
    for p in provenance:
        t = texts.get(p["file"])
        if t is not None and t.sha256 == p["sha256"]:
            out[p["file"]] = t.text
        else:
            log.warning("source %s (sha256 %s) not available: its viewer will be empty", p["file"], p["sha256"][:12])
    return out


def _position_row(edition: CatalogEdition, order: int, p: dict) -> Position:
    para = p.get("paragraph") or {}
    title = p.get("title") or {}
    chapter_title = p.get("chapter_title") or {}
    return Position(
        edition=edition, pid=p["id"], order=order, chapter=p["chapter"],
        paragraph=para.get("number"), occurrence=para.get("occurrence") or 1,
        title_kk=title.get("kk") or "", title_ru=title.get("ru") or "",
        chapter_title_kk=chapter_title.get("kk") or "", chapter_title_ru=chapter_title.get("ru") or "",
        ru_provenance=(((p.get("source") or {}).get("ru") or {}).get("provenance") or "")[:30],
        data=p,
    )


def import_catalog(data: dict, texts: dict[str, str], origin: str = "", force: bool = False,
                   digest: str | None = None, documents: dict[str, dict | None] | None = None) -> LoadResult:
    """Store ``data`` (a catalog dict) as the only edition, unless one with the same digest exists.

    ``digest`` defaults to :func:`sources_digest` of ``data["sources"]``; ``documents`` (the standard
    and the course) to those built from ``texts`` (:func:`documents_from_texts`). The catalog store
    (:mod:`sanat.catalog.store`) of this process forgets the old edition; other processes notice the
    new digest on their next request.
    """
    provenance = data.get("sources") or []
    digest = digest or sources_digest(provenance)
    existing = CatalogEdition.objects.filter(digest=digest).first()
    if existing and not force:
        return LoadResult("unchanged", existing, existing.positions.count(), 0)
    if documents is None:
        documents = documents_from_texts(texts)
    with transaction.atomic():
        had_any = CatalogEdition.objects.exists()
        CatalogEdition.objects.all().delete()
        edition = CatalogEdition.objects.create(
            digest=digest, schema_version=str(data.get("schema_version", "")), sources=provenance,
            extra={k: v for k, v in data.items() if k not in ("positions", "sources")}, origin=origin[:300],
            standard=documents.get("standard"), course=documents.get("course"),
        )
        SourceFile.objects.bulk_create([
            SourceFile(edition=edition, key=p.get("key", ""), file=p["file"], lang=p.get("lang", ""),
                       kind=p.get("kind", ""), sha256=p["sha256"], text=texts[p["file"]])
            for p in provenance if p["file"] in texts
        ])
        rows = Position.objects.bulk_create(
            [_position_row(edition, i, p) for i, p in enumerate(data.get("positions") or [])], batch_size=200
        )
    store.forget()
    # the search index is built here, from the edition just stored, so the first search finds it ready
    index = store.search_index()
    terms = len(index.postings) if index is not None else 0
    return LoadResult("replaced" if had_any else "loaded", edition, len(rows), terms)


def load_regulations(sources_dir: str | Path | None = None, force: bool = False) -> LoadResult:
    """Build the catalog from the sources and import it; skipped when neither the sources nor the
    parser's code changed since the loaded edition."""
    digest = sources_digest(current_provenance(sources_dir), parser_fingerprint())
    existing = CatalogEdition.objects.filter(digest=digest).first()
    if existing and not force:
        return LoadResult("unchanged", existing, existing.positions.count(), 0)
    data = with_cited_sources(build(sources_dir), sources_dir)
    origin = str(sources_dir) if sources_dir else "shipped"
    return import_catalog(data, texts_for(data.get("sources") or [], sources_dir), origin=origin, force=force,
                          digest=digest, documents=build_documents(sources_dir))
