"""The course's certificate rule: who gets the «біліктілікті арттыру туралы куәлік (сертификат)».

The rule is read from ``build_course()["certificate"]``: the union of the conditions of every
statement in the text (complete the course, master all modules, do the practical tasks, defend
the final work). The text sets no score threshold; a configured pass mark enters through a
rubric ``Score``."""

from __future__ import annotations

from dataclasses import dataclass

from .rubric import Score

KNOWN = ("course_completed", "all_modules_mastered", "practical_tasks_done", "final_work_defended")


@dataclass(frozen=True)
class CertificateRule:
    conditions: tuple[str, ...]
    modules: tuple[int, ...]
    hours: int | None
    document_names: tuple[str, ...]


@dataclass(frozen=True)
class Progress:
    """What a participant has done."""

    course_completed: bool
    modules_mastered: frozenset[int]
    practical_tasks_done: bool
    final_work_defended: bool


@dataclass(frozen=True)
class Decision:
    issued: bool
    unmet: tuple[str, ...]
    hours: int | None
    document_names: tuple[str, ...]


def rule_from_course(course: dict) -> CertificateRule:
    """The rule as the course text states it; an unknown condition is refused, not ignored."""
    cert = course["certificate"]
    unknown = [c for c in cert["conditions"] if c not in KNOWN]
    if unknown:
        raise ValueError(f"certificate conditions this code cannot check: {unknown}")
    return CertificateRule(tuple(cert["conditions"]), tuple(m["number"] for m in course["modules"]),
                           cert["hours"], tuple(cert["document_names"]))


def decide(rule: CertificateRule, progress: Progress, score: Score | None = None) -> Decision:
    """Issue the document iff every condition holds (and a scored final work, if given, passed)."""
    checks = {
        "course_completed": progress.course_completed,
        "all_modules_mastered": set(rule.modules) <= set(progress.modules_mastered),
        "practical_tasks_done": progress.practical_tasks_done,
        "final_work_defended": progress.final_work_defended,
    }
    unmet = [c for c in rule.conditions if not checks[c]]
    if score is not None and score.passed is False:
        unmet.append("final_work_below_pass_mark")
    return Decision(not unmet, tuple(unmet), rule.hours, rule.document_names)
