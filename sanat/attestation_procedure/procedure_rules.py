"""The procedure settings file (stages, ПББ thresholds, appeal window, validity): read and checked.

Plain Python (no Django). Order 83's text is not among the sources, so every value is a documented
setting; an edition marked ``example: true`` is shown as EXAMPLE wherever it is used
(docs/attestation-procedure.md, docs/decisions.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from sanat.vocabulary import CATEGORIES, LANGS

#: The steps the software implements; an edition lists the ones it uses, in order.
STAGE_CODES = ("application", "qualification_evaluation", "knowledge_test", "generalisation", "decision")
EXAMPLE_FILE = Path(__file__).parent / "data" / "procedure-example.yaml"


class RulesFileError(ValueError):
    """The settings file is malformed; the message names the key."""


def _need(cond: bool, key: str, what: str) -> None:
    if not cond:
        raise RulesFileError(f"{key}: {what}")


def check(data: Any) -> dict:
    """Validate a parsed settings file and return it normalised (thresholds as floats)."""
    _need(isinstance(data, dict), "(file)", "a mapping is expected")
    for key in ("code", "edition"):
        _need(isinstance(data.get(key), str) and data[key].strip() != "", key, "a non-empty text is required")
    _need(isinstance(data.get("example"), bool), "example", "true or false")
    cit = data.get("citation") or {}
    _need(isinstance(cit, dict) and all(isinstance(cit.get(lg), str) and cit[lg] for lg in LANGS),
          "citation", "kk and ru texts are required")
    stages = data.get("stages")
    _need(isinstance(stages, list) and len(stages) >= 2, "stages", "a list of at least two stages")
    codes = []
    for i, st in enumerate(stages):
        _need(isinstance(st, dict) and st.get("code") in STAGE_CODES, f"stages[{i}].code",
              "one of " + ", ".join(STAGE_CODES))
        _need(isinstance(st.get("days"), int) and st["days"] > 0, f"stages[{i}].days", "a positive whole number")
        codes.append(st["code"])
    _need(len(set(codes)) == len(codes), "stages", "a stage is listed twice")
    _need(codes[0] == "application" and codes[-1] == "decision", "stages",
          "the first stage is application and the last is decision")
    kt = data.get("knowledge_test") or {}
    if "knowledge_test" in codes:
        _need(isinstance(kt.get("max_score"), int | float) and kt["max_score"] > 0, "knowledge_test.max_score",
              "a positive number")
        th = kt.get("thresholds")
        _need(isinstance(th, dict) and th, "knowledge_test.thresholds", "a mapping category → pass mark")
        for cat, val in th.items():
            _need(cat in CATEGORIES, f"knowledge_test.thresholds.{cat}", "an unknown category")
            _need(isinstance(val, int | float) and 0 <= val <= kt["max_score"], f"knowledge_test.thresholds.{cat}",
                  "a number between 0 and max_score")
    _need(isinstance(data.get("appeal_days"), int) and data["appeal_days"] >= 0, "appeal_days", "a whole number ≥ 0")
    _need(isinstance(data.get("validity_years"), int) and data["validity_years"] > 0, "validity_years",
          "a positive whole number")
    jm = data.get("joint_majority", 0.5)
    _need(isinstance(jm, int | float) and 0 <= jm < 1, "joint_majority", "a share between 0 and 1")
    return {**data, "stages": [{"code": s["code"], "days": s["days"]} for s in stages], "joint_majority": float(jm),
            "knowledge_test": {"max_score": float(kt.get("max_score") or 0),
                               "thresholds": {k: float(v) for k, v in (kt.get("thresholds") or {}).items()}}}


def load_text(text: str) -> dict:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RulesFileError(f"(file): not YAML ({exc})") from exc
    return check(data)


def load_file(path: str | Path = EXAMPLE_FILE) -> tuple[dict, str]:
    """(checked settings, the file's text)."""
    text = Path(path).read_text(encoding="utf-8")
    return load_text(text), text


def stage_codes(rules: dict) -> list[str]:
    return [s["code"] for s in rules["stages"]]


def threshold(rules: dict, category: str) -> float | None:
    """The pass mark of ``category`` (``None``: the edition sets none, the category cannot pass the test)."""
    return rules["knowledge_test"]["thresholds"].get(category)
