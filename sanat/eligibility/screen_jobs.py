"""Staff-file screening as a background job: store the upload, screen it in a Huey task with progress,
keep the result file and the head-of-department summary; only the uploader (account or session) reads them.
"""

from __future__ import annotations

import codecs
import io
import logging
import os
import secrets
from collections import deque
from datetime import date
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from huey.contrib.djhuey import db_task

from sanat.catalog import store
from sanat.documents.zipguard import FileLimitExceeded, Limits, check_sheet_extent, check_zip
from sanat.ops.uploadlimits import limit_message
from sanat.rules import screening
from sanat.rules.staff_io import CsvOut, Table, XlsxOut, open_table
from sanat.rules.staff_locale import localise, localised_rows, output_header
from sanat.rules.staff_summary import Summary
from sanat.web.kit import jobs as jobkit
from sanat.web.kit.errors import NotFound, ServiceError
from sanat.web.kit.storage import private_root

from .models import ScreeningJob

log = logging.getLogger(__name__)
PROGRESS_EVERY = 5000  # rows between progress writes


# What one background screening may cost: Excel's own row ceiling, 200 columns, 30 minutes, 2 GB of XML;
# far cells (a 5 KB file declaring A1:XFD1048576) are refused at upload, before any reader allocates them.
# An XLSX sheet is loaded whole by its reader: 8,000,000 cells (470,000 rows of the template's 17 columns)
# are ~500 MB in the worker; a larger file is asked for as CSV, which is read row by row (decisions.md).
JOB_LIMITS = Limits(max_rows=1_048_576, max_columns=200, max_seconds=1800, max_uncompressed=2 * 1024 ** 3,
                    max_cells=8_000_000)


def max_bytes() -> int:
    """The largest staff file accepted (``SANAT_SCREEN_MAX_MB``, default 64 MB: about 600,000 CSV rows)."""
    return int(getattr(settings, "SANAT_SCREEN_MAX_MB", 64)) * 1024 * 1024


def folder() -> Path:
    return private_root("screening")


def _estimate_rows(path: Path, kind: str) -> int:
    if kind == "csv":
        with path.open("rb") as f:
            return max(0, sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b"")) - 1)
    try:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
        rows = wb.active.max_row or 0
        wb.close()
        return max(0, rows - 1)
    except Exception:  # an unreadable file fails in the job with its own message
        return 0


def create_job(user, session_key: str, upload, as_of: date, lang: str) -> ScreeningJob:
    """Store the upload under a random name (the caller queues ``tasks.run_screening``); refusals name
    the field."""
    name = (upload.name or "").lower()
    kind = "xlsx" if name.endswith(".xlsx") else "csv" if name.endswith(".csv") else ""
    if not kind:
        raise ServiceError(_("Choose a CSV or XLSX file (the template has the right columns)."), field="file")
    if upload.size > max_bytes():
        raise ServiceError(_("The file is larger than %(mb)s MB.") % {"mb": max_bytes() // (1024 * 1024)},
                           field="file")
    stored = f"{secrets.token_hex(16)}.{kind}"
    path = folder() / stored
    tmp = path.with_suffix(".part")
    with tmp.open("wb") as f:
        for chunk in upload.chunks():
            f.write(chunk)
    os.replace(tmp, path)
    if kind == "xlsx":
        from sanat.web.kit.uploads import sniff_office

        if not sniff_office(path):
            path.unlink(missing_ok=True)
            raise ServiceError(_("This file is not an XLSX workbook."), field="file")
        try:
            data = path.read_bytes()
            check_zip(data, max_uncompressed=JOB_LIMITS.max_uncompressed)
            check_sheet_extent(data, Limits(max_rows=JOB_LIMITS.max_rows, max_columns=JOB_LIMITS.max_columns,
                                            max_seconds=60, max_cells=JOB_LIMITS.max_cells))
        except FileLimitExceeded as exc:
            path.unlink(missing_ok=True)
            raise ServiceError(_("The file was not screened: %(why)s") % {"why": limit_message(exc, JOB_LIMITS)},
                               field="file") from exc
    job = ScreeningJob.objects.create(owner=user if user.is_authenticated else None,
                                      session_key="" if user.is_authenticated else session_key,
                                      lang=lang, as_of=as_of, kind=kind, input_name=stored,
                                      rows_expected=_estimate_rows(path, kind))
    return job


def job_for(request, pk) -> ScreeningJob:
    """The job if this browser's user or session made it; otherwise ``NotFound`` (never revealing it exists)."""
    job = ScreeningJob.objects.filter(pk=pk).first()
    if job is None or not jobkit.is_owner(job, request):
        raise NotFound(_("No such screening."))
    return job


def _with_school(table: Table, schools: deque) -> Table:
    """The table whose rows also push each row's school cell on ``schools`` (read by the summary)."""
    at = table.column("school")

    def rows():
        for n, values in table.rows:
            schools.append(str(values[at] or "").strip() if at is not None and at < len(values) else "")
            yield n, values

    return Table(header=table.header, rows=rows(), kind=table.kind, closers=table.closers)


def run(job_id: str) -> None:
    """Screen the stored file (the Huey task's body): progress every few thousand rows, result and summary."""
    job = ScreeningJob.objects.get(pk=job_id)
    ScreeningJob.objects.filter(pk=job.pk).update(state=ScreeningJob.RUNNING)
    src = folder() / job.input_name
    result = f"{secrets.token_hex(16)}.{job.kind}"
    tmp = folder() / f"{result}.part"
    stats, summary, schools = screening.Stats(), Summary(), deque()
    try:
        with open_table(src, limits=JOB_LIMITS) as raw:
            table = _with_school(localise(raw), schools)
            screened = screening.screen_rows(table, store.positions(), job.as_of, job.lang, None, stats)

            def counted():  # the summary reads the codes; the file gets the words
                for i, row in enumerate(screened, 1):
                    summary.add(row, schools.popleft() if schools else "")
                    if i % PROGRESS_EVERY == 0:
                        ScreeningJob.objects.filter(pk=job.pk).update(rows_done=i)
                    yield row

            if job.kind == "xlsx":
                out = XlsxOut(str(tmp), header=output_header(job.lang))
                out.write_rows(localised_rows(counted(), job.lang))
                out.close()
            else:
                with tmp.open("wb") as f:
                    f.write(codecs.BOM_UTF8)  # Excel reads the file as UTF-8
                    CsvOut(f, header=output_header(job.lang)).write_rows(localised_rows(counted(), job.lang))
        os.replace(tmp, folder() / result)
    except Exception as exc:
        tmp.unlink(missing_ok=True)
        log.exception("screening job %s failed", job.pk)
        message = str(exc) if isinstance(exc, (ValueError, KeyError)) else ""
        ScreeningJob.objects.filter(pk=job.pk).update(state=ScreeningJob.FAILED, failure=message[:2000],
                                                      finished_at=timezone.now())
        return
    ScreeningJob.objects.filter(pk=job.pk).update(
        state=ScreeningJob.DONE, result_name=result, rows_done=stats.rows, rows_expected=stats.rows,
        errors=len(stats.errors), summary=summary.as_dict(), finished_at=timezone.now())
    src.unlink(missing_ok=True)  # the upload is not kept once screened


#: The Huey task (``immediate`` in development and tests); ``tasks.py`` lists it for the consumer. Defined
#: here, beside the work it queues, so that this module never imports ``tasks`` (no cycle).
run_screening = db_task()(run)


def result_path(job: ScreeningJob) -> Path:
    if job.state != ScreeningJob.DONE or not job.result_name:
        raise NotFound(_("The result is not ready yet."))
    return folder() / job.result_name


def template_bytes(kind: str, lang: str) -> bytes:
    """The staff-file template: the header in ``lang``, one example row, and (XLSX) a sheet explaining
    each column and the words it accepts."""
    from sanat.rules.staff_locale import EXAMPLE_ROW, INPUT_COLUMNS

    cols = list(INPUT_COLUMNS)
    header = [INPUT_COLUMNS[c][lang] for c in cols]
    example = [EXAMPLE_ROW[lang].get(c, "") for c in cols]
    if kind == "csv":
        import csv

        buf = io.StringIO(newline="")
        w = csv.writer(buf)
        w.writerow(header)
        w.writerow(example)
        return buf.getvalue().encode("utf-8-sig")
    import xlsxwriter

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False})
    bold = wb.add_format({"bold": True, "bg_color": "#E8F0F8", "text_wrap": True, "valign": "top"})
    ws = wb.add_worksheet(_("Staff"))
    ws.write_row(0, 0, header, bold)
    ws.write_row(1, 0, example)
    ws.set_row(0, 45)
    ws.set_column(0, len(cols) - 1, 20)
    ws.freeze_panes(1, 0)
    help_ws = wb.add_worksheet(_("How to fill"))
    help_ws.write_row(0, 0, [_("Column"), _("What to write")], bold)
    for i, c in enumerate(cols, 1):
        help_ws.write_row(i, 0, [INPUT_COLUMNS[c][lang], str(column_help()[c])])
    help_ws.set_column(0, 0, 40)
    help_ws.set_column(1, 1, 100)
    wb.close()
    return buf.getvalue()


def column_help() -> dict[str, str]:
    return {
        "position": _("The post's code in the catalog, e.g. 338-03-07 (shown on every post's page)."),
        "name": _("The person's name, copied to the result."),
        "school": _("The school or organisation, for the summary by school."),
        "lang": _("The language of the explanations: Kazakh or Russian (empty: the interface language)."),
        "education_level": _("higher, postgraduate, technical and vocational or secondary (in Kazakh or Russian)."),
        "pedagogical": _("yes or no: the diploma is pedagogical."),
        "direction": _("The specialty as written on the diploma."),
        "profile_relevant": _("yes or no: the diploma matches the post's profile (empty: the policy decides)."),
        "retraining": _("yes or no: a pedagogical retraining document."),
        "graduated": _("The date on the diploma, e.g. 30.06.2012."),
        "exp_pedagogical": _("Years of teaching experience, e.g. 11,5."),
        "exp_specialty": _("Years of experience in the specialty."),
        "exp_position": _("Years in this post."),
        "exp_education_org": _("Years in education organisations."),
        "exp_managerial": _("Years as a head or deputy head."),
        "exp_civil_service": _("Years in the civil service."),
        "location": _("town or village (rural area)."),
        "organisation_level": _("region or district (for the posts of chapter 8)."),
        "subcase": _("The kind of organisation as the clause prints it, where the post has several."),
        "categories": _("Held categories separated by «;», each «category: since: until», e.g. «педагог-модератор: 15.05.2021: 15.05.2026»."),
        "degree": _("master, PhD, candidate or doctor of sciences."),
    }


def category_rows(group: dict, lang: str) -> list[tuple[str, int]]:
    from sanat.vocabulary import CATEGORIES, category_label

    return [(category_label(c, lang), group["meeting"].get(c, 0)) for c in CATEGORIES]


def summary_bytes(job: ScreeningJob) -> bytes:
    """The summary as XLSX: the numbers in tables and, beside them, native Excel bar charts."""
    import xlsxwriter

    from sanat.vocabulary import CATEGORIES, category_label

    s, lang = job.summary, job.lang
    total = s["total"]
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False})
    bold = wb.add_format({"bold": True})
    head = wb.add_format({"bold": True, "bg_color": "#E8F0F8", "text_wrap": True, "valign": "top"})
    ws = wb.add_worksheet(_("Summary"))
    ws.set_column(0, 0, 60)
    ws.set_column(1, 8, 16)
    ws.write(0, 0, _("Screening summary"), bold)
    ws.write_row(1, 0, [_("Date"), job.as_of.strftime("%d.%m.%Y")])
    ws.write_row(2, 0, [_("People in the file"), total["people"]])
    ws.write_row(3, 0, [_("Rows with errors"), total["errors"]])
    ws.write_row(4, 0, [_("Can move up a category"), total["can_move_up"]])
    ws.write_row(6, 0, [_("Category"), _("Meet its requirements")], head)
    cats = category_rows(total, lang)
    for i, (label, n) in enumerate(cats, 7):
        ws.write_row(i, 0, [label, n])
    chart = wb.add_chart({"type": "bar"})
    chart.add_series({"name": _("Meet its requirements"), "categories": [ws.name, 7, 0, 6 + len(cats), 0],
                      "values": [ws.name, 7, 1, 6 + len(cats), 1], "data_labels": {"value": True}})
    chart.set_legend({"none": True})
    chart.set_y_axis({"reverse": True})
    ws.insert_chart(6, 3, chart, {"x_scale": 1.3, "y_scale": 0.9})
    row = 8 + len(cats) + 8
    ws.write_row(row, 0, [_("What holds people back most"), _("People")], head)
    gaps = total["top_gaps"]
    for i, (text, n) in enumerate(gaps, row + 1):
        ws.write_row(i, 0, [text, n])
    if gaps:
        chart = wb.add_chart({"type": "bar"})
        chart.add_series({"name": _("People"), "categories": [ws.name, row + 1, 0, row + len(gaps), 0],
                          "values": [ws.name, row + 1, 1, row + len(gaps), 1], "data_labels": {"value": True}})
        chart.set_legend({"none": True})
        chart.set_y_axis({"reverse": True})
        ws.insert_chart(row, 3, chart, {"x_scale": 1.3, "y_scale": 1.2})
    for title, key, name_of in ((_("By post"), "by_post", lambda g: f"{g['id']} {g['title']}"),
                                (_("By school"), "by_school", lambda g: g["school"])):
        sheet = wb.add_worksheet(title[:31])
        sheet.set_column(0, 0, 60)
        sheet.set_column(1, 10, 14)
        sheet.write_row(0, 0, [title, _("People"), *[category_label(c, lang) for c in CATEGORIES],
                               _("Can move up"), _("Most frequent gap")], head)
        for i, g in enumerate(s[key], 1):
            sheet.write_row(i, 0, [name_of(g), g["people"], *[g["meeting"].get(c, 0) for c in CATEGORIES],
                                   g["can_move_up"], g["top_gaps"][0][0] if g["top_gaps"] else ""])
    wb.close()
    return buf.getvalue()


def purge_old(now=None) -> int:
    """Delete screening jobs older than ``SANAT_SCREEN_KEEP_DAYS`` days (default 7) with their files."""
    days = int(getattr(settings, "SANAT_SCREEN_KEEP_DAYS", 7))
    return jobkit.purge(ScreeningJob.objects.all(), folder(), ("input_name", "result_name"), days, now)
