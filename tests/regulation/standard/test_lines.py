"""Every exported object cites lines that hold its text."""

from __future__ import annotations

CHECKED = ("text", "name", "title", "code", "description", "profession")


def walk(node, path="$"):
    if isinstance(node, dict):
        if "lines" in node and isinstance(node["lines"], list) and len(node["lines"]) == 2:
            yield path, node
        for k, v in node.items():
            if k != "anomalies":
                yield from walk(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}[{i}]")


def test_every_text_is_found_in_the_lines_it_cites(src, std):
    checked = 0
    data = {k: v for k, v in std.items() if k not in ("anomalies", "categories")}  # category codes are ours
    for path, obj in walk(data):
        a, b = obj["lines"]
        assert 1 <= a <= b <= len(src.lines), path
        assert src.line(a).strip() and src.line(b).strip(), path
        joined = " ".join(src.line(n).strip() for n in range(a, b + 1) if src.line(n).strip())
        for key in CHECKED:
            value = obj.get(key)
            if isinstance(value, str) and value:
                assert value in joined, f"{path}.{key}"
                checked += 1
    assert checked > 1000


def test_anomalies_cite_real_lines(src, std):
    for a in std["anomalies"]:
        first, last = a["lines"]
        assert 1 <= first <= last <= len(src.lines), a
        if a["printed"] and first == last and a["kind"] != "numbering_irregular":
            assert a["printed"].strip() in src.line(first), a
