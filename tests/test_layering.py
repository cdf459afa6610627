"""The package stays layered: no import cycle among sanat modules, and the pure core never imports Django.

Read from the source with ``dev/import_graph.py`` (``ast``; module-level and function-level imports alike,
so a cycle hidden inside a function still fails), plus one real import of every pure module in a fresh
interpreter (catches a third-party library that pulls Django in). See ``docs/architecture.md``.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_spec = importlib.util.spec_from_file_location("import_graph", ROOT / "dev" / "import_graph.py")
graph_mod = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("import_graph", graph_mod)
_spec.loader.exec_module(graph_mod)

#: The pure core: plain Python that the CLI and other tools use without Django. A package name covers
#: all its modules.
PURE = (
    "sanat.regulation",
    "sanat.rules",
    "sanat.documents",
    "sanat.course_rules",
    "sanat.text",
    "sanat.vocabulary",
    "sanat.web.kit.errors",
    "sanat.web.kit.uploads",
    # the CLI sub-commands that work on the texts alone (``serve`` starts Django; ``search`` uses the
    # catalog app's index builder)
    "sanat.cli",
    "sanat.commands.catalog",
    "sanat.commands.check",
    "sanat.commands.course",
    "sanat.commands.hiring",
    "sanat.commands.screen",
    "sanat.commands.search",
    "sanat.catalog.search_corpus",
    "sanat.catalog.positions",
    "sanat.commands.standard",
)

FILES = graph_mod.module_files(ROOT)
KNOWN = set(FILES)
IMPORTS = graph_mod.all_imports(ROOT)


def _is_pure(module: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in PURE)


PURE_MODULES = sorted(m for m in KNOWN if _is_pure(m))


def test_every_pure_name_exists():
    """A renamed package must be renamed here too, not silently dropped from the guard."""
    missing = [p for p in PURE if p not in KNOWN]
    assert not missing, missing
    assert len(PURE_MODULES) > 50


def test_no_import_cycle_among_sanat_modules():
    cycles = graph_mod.cycles(graph_mod.module_graph(IMPORTS, KNOWN))
    assert cycles == [], "import cycles (see .venv/bin/python dev/import_graph.py): " + "; ".join(
        " ↔ ".join(c) for c in cycles)


@pytest.mark.parametrize("module", PURE_MODULES)
def test_pure_module_imports_no_django(module):
    """No ``django``/``ninja``/``huey.contrib.djhuey`` import, at any level, and sanat imports only of pure modules."""
    bad = []
    for imp in IMPORTS:
        if imp.source != module:
            continue
        top = imp.target.split(".")[0]
        if top in ("django", "ninja") or imp.target.startswith("huey.contrib.djhuey"):
            bad.append(f"line {imp.line}: {imp.target}")
        elif imp.target in KNOWN and not _is_pure(imp.target):
            bad.append(f"line {imp.line}: {imp.target} (not a pure module)")
    assert not bad, f"{module} reaches Django: {bad}"


def test_no_app_imports_another_apps_views():
    """Apps talk through services, selectors and the catalog store; views are each app's own (the kit's
    ``guarded`` is shared)."""
    def app(module: str) -> str:
        return ".".join(module.split(".")[:2])

    bad = [f"{i.source}:{i.line} → {i.target}" for i in IMPORTS
           if i.target in KNOWN and i.target.rsplit(".", 1)[-1].endswith("views")
           and app(i.source) != app(i.target) and not i.target.startswith("sanat.web.kit.")]
    assert not bad, bad


def test_importing_the_pure_core_loads_no_django():
    code = ("import importlib, sys\n"
            f"for m in {PURE_MODULES!r}:\n"
            "    importlib.import_module(m)\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'ninja'))\n"
            "print(' '.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT, timeout=300)
    assert out.stdout.strip() == "", f"Django loaded by the pure core: {out.stdout.strip()[:300]}"


def test_the_guard_sees_function_level_imports(tmp_path):
    """The reader itself: a cycle made only of function-level imports is found."""
    pkg = tmp_path / "sanat"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from sanat import b\n")
    (pkg / "b.py").write_text("def f():\n    from sanat.a import x\n    return x\n")
    (pkg / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from sanat import a\n")
    imports = graph_mod.all_imports(tmp_path)
    known = set(graph_mod.module_files(tmp_path))
    assert graph_mod.cycles(graph_mod.module_graph(imports, known)) == [["sanat.a", "sanat.b"]]
    assert [i.target for i in imports if i.source == "sanat.c"] == ["typing"]  # TYPE_CHECKING imports never run
