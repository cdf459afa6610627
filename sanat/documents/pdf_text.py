"""Read the text back out of a PDF written by WeasyPrint (no third-party PDF library needed).

WeasyPrint (pydyf) writes text as hex glyph codes (``[<042f>0<03c5>] TJ``) in Flate-compressed
content streams, with a ``/ToUnicode`` CMap per font, and packs dictionaries into object
streams. This reader handles exactly that, enough to check that a rendered document carries
its text (and so its Cyrillic and Kazakh letters) as real, extractable text.
"""

from __future__ import annotations

import re
import zlib

_OBJ_RE = re.compile(rb"(\d+)\s+0\s+obj\b(.*?)endobj", re.S)
_STREAM_RE = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_REF = rb"(\d+)\s+0\s+R"


def _objects(pdf: bytes) -> dict[int, bytes]:
    """Every object body by number, including those packed in object streams (streams decoded)."""
    objs: dict[int, bytes] = {}
    for m in _OBJ_RE.finditer(pdf):
        objs[int(m.group(1))] = m.group(2)
    for body in list(objs.values()):
        data = _stream(body)
        if data is None or b"/ObjStm" not in body.split(b"stream", 1)[0]:
            continue
        first = int(re.search(rb"/First\s+(\d+)", body).group(1))
        head = [int(x) for x in data[:first].split()]
        pairs = list(zip(head[::2], head[1::2], strict=True))
        for k, (onum, off) in enumerate(pairs):
            end = pairs[k + 1][1] if k + 1 < len(pairs) else len(data) - first
            objs.setdefault(onum, data[first + off:first + end])
    return objs


def _stream(body: bytes) -> bytes | None:
    m = _STREAM_RE.search(body)
    if not m:
        return None
    raw = m.group(1)
    if b"/FlateDecode" in body.split(b"stream", 1)[0]:
        try:
            return zlib.decompress(raw)
        except zlib.error:
            return zlib.decompressobj().decompress(raw)
    return raw


def _cmap(data: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[src.decode().lower()] = bytes.fromhex(dst.decode()).decode("utf-16-be", "replace")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            width, base = len(lo), int(dst, 16)
            for k, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                out[f"{code:0{width}x}"] = chr(base + k)
    return out


def _font_maps(objs: dict[int, bytes]) -> dict[bytes, dict[str, str]]:
    """Resource name (``/UWGIWA``) -> glyph code -> text, for every font with a ToUnicode map."""
    maps: dict[bytes, dict[str, str]] = {}
    dicts: list[bytes] = []
    for body in objs.values():
        for inline, ref in re.findall(rb"/Font\s*(?:<<(.*?)>>|" + _REF + rb")", body, re.S):
            dicts.append(inline if inline else objs.get(int(ref), b""))
    for fonts in dicts:
        for name, num in re.findall(rb"/([^\s/<>\[\]]+)\s+" + _REF, fonts):
            font = objs.get(int(num), b"")
            tu = re.search(rb"/ToUnicode\s+" + _REF, font)
            if tu and (data := _stream(objs.get(int(tu.group(1)), b""))) is not None:
                maps[name] = _cmap(data)
    return maps


def _decode(hexstr: bytes, cmap: dict[str, str]) -> str:
    h = hexstr.decode().lower()
    width = len(next(iter(cmap), "0000")) if cmap else 4
    return "".join(cmap.get(h[i:i + width], "\ufffd") for i in range(0, len(h), width))


def pdf_text(pdf: bytes) -> str:
    """The text of every page, one text object (a rendered line) per line."""
    objs = _objects(pdf)
    maps = _font_maps(objs)
    lines: list[str] = []
    for body in objs.values():
        data = _stream(body)
        if not data or b"BT" not in data or b"Tf" not in data:
            continue
        for bt in re.findall(rb"BT(.*?)ET", data, re.S):
            cmap: dict[str, str] = {}
            parts: list[str] = []
            for tok in re.finditer(rb"/([^\s/<>\[\]]+)\s+[\d.]+\s+Tf|\[(.*?)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj"
                                   rb"|\s(Tm|Td|TD|T\*)\b", bt, re.S):
                if tok.group(4):
                    if parts and parts[-1] != "\n":
                        parts.append("\n")
                elif tok.group(1):
                    cmap = maps.get(tok.group(1), {})
                elif tok.group(2) is not None:
                    parts += [_decode(h, cmap) for h in re.findall(rb"<([0-9A-Fa-f]*)>", tok.group(2))]
                else:
                    parts.append(_decode(tok.group(3), cmap))
            text = "".join(parts).strip("\n")
            if text:
                lines.extend(text.split("\n"))
    return "\n".join(lines)


def pdf_fonts(pdf: bytes) -> list[str]:
    """The base font names embedded in the PDF (subset prefix removed)."""
    names = set()
    for body in _objects(pdf).values():
        for m in re.finditer(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([^\s/<>\[\]]+)", body):
            names.add(m.group(1).decode())
    return sorted(names)
