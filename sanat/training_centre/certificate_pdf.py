"""The certificate as a PDF in kk or ru, rendered by ``sanat.documents`` (HTML → WeasyPrint, DejaVu fonts).

Labels come from a kk/ru table (never a gettext fallback); the course title and hours are the course
data's, stored on the certificate when it was issued."""

from __future__ import annotations

from django.utils.html import escape

from sanat.documents.render import html_to_pdf

from .models import Certificate

LABELS = {
    "kk": {"doc": "Біліктілікті арттыру туралы сертификат", "number": "Нөмірі", "holder": "Тыңдаушы",
           "course": "Курс", "hours": "Көлемі", "hours_unit": "академиялық сағат", "dates": "Оқу мерзімі",
           "verify": "Тексеру", "issued": "Берілген күні"},
    "ru": {"doc": "Сертификат о повышении квалификации", "number": "Номер", "holder": "Слушатель",
           "course": "Курс", "hours": "Объём", "hours_unit": "академических часов", "dates": "Срок обучения",
           "verify": "Проверка", "issued": "Дата выдачи"},
}


def certificate_html(cert: Certificate, lang: str, verify_url: str) -> str:
    t = LABELS[lang]
    rows = [
        (t["number"], cert.number),
        (t["holder"], cert.participant_name),
        (t["course"], cert.course_title),
        (t["hours"], f"{cert.hours} {t['hours_unit']}" if cert.hours is not None else "—"),
        (t["dates"], f"{cert.start_date:%d.%m.%Y} – {cert.end_date:%d.%m.%Y}"),
        (t["issued"], f"{cert.issued_at:%d.%m.%Y}"),
        (t["verify"], verify_url),
    ]
    body = "".join(f"<p><b>{escape(k)}:</b> {escape(v)}</p>" for k, v in rows)
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><style>'
            '@page{size:A4 landscape;margin:2cm}body{font-family:"DejaVu Sans","Liberation Sans";font-size:13pt}'
            'h1{text-align:center;font-size:22pt}</style></head>'
            f"<body><h1>{escape(t['doc'])}</h1>{body}</body></html>")


def certificate_pdf(cert: Certificate, lang: str, verify_url: str) -> bytes:
    return html_to_pdf(certificate_html(cert, lang, verify_url))
