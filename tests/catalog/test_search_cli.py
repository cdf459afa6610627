"""``sanat search``: ranked ids with scores and the matched snippet."""

from __future__ import annotations

import json

from sanat.cli import main


def test_text_and_json(capsys):
    assert main(["search", "заведующий", "интернатом", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[1] == "338-03-14-2" and "through the glossary" in out
    assert main(["search", "логапед", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["suggestion"] == "логопед" and data["results"][0]["score"] > 0
    assert any(r["snippet"] and r["snippet"]["lines"] for r in data["results"])
    assert main(["search", "zzzxqy"]) == 1
    assert main(["search", " "]) == 2
