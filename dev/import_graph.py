#!/usr/bin/env python3
"""The import graph of sanat, read from the source with ``ast`` (nothing is imported).

Every ``import``/``from … import`` counts, at module level and inside functions alike (a function-level
import that only hides a cycle is still a cycle); imports under ``if TYPE_CHECKING:`` do not run and are
left out. Prints the package-level graph (which package imports which) and every cycle among modules.

Run: ``.venv/bin/python dev/import_graph.py [--modules] [--root DIR]``; the exit status is 1 when there
is a cycle. ``tests/test_layering.py`` uses the same functions.
"""

from __future__ import annotations

import argparse
import ast
import itertools
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Import:
    """One import statement: who imports what, on which line, and whether inside a function."""

    source: str
    target: str
    line: int
    in_function: bool


def module_files(root: Path = ROOT, package: str = "sanat") -> dict[str, Path]:
    """Dotted module name → file, for every ``.py`` under ``root/package`` (migrations left out)."""
    out: dict[str, Path] = {}
    for path in sorted((root / package).rglob("*.py")):
        rel = path.relative_to(root).with_suffix("")
        parts = list(rel.parts)
        if "migrations" in parts:
            continue
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _walk(node: ast.AST, in_function: bool = False) -> Iterator[tuple[ast.AST, bool]]:
    """Import nodes with a flag saying whether they sit inside a function; TYPE_CHECKING blocks skipped."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for sub in child.orelse:
                yield from _walk_one(sub, in_function)
            continue
        yield from _walk_one(child, in_function)


def _walk_one(node: ast.AST, in_function: bool) -> Iterator[tuple[ast.AST, bool]]:
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node, in_function
        return
    inner = in_function or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
    yield from _walk(node, inner)


def _resolve_relative(module: str, is_package: bool, level: int, name: str | None) -> str:
    base = module.split(".") if is_package else module.split(".")[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, name] if name else base)


def imports_of(module: str, path: Path, known: dict[str, Path]) -> list[Import]:
    """Every import in one file, each resolved to the most specific module name it loads."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    found: list[Import] = []
    for node, in_function in _walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            assert isinstance(node, ast.ImportFrom)
            base = (_resolve_relative(module, is_package, node.level, node.module)
                    if node.level else (node.module or ""))
            # ``from pkg import sub`` loads the submodule ``pkg.sub`` when there is one.
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        for target in dict.fromkeys(targets):
            found.append(Import(module, target, node.lineno, in_function))
    return found


def all_imports(root: Path = ROOT) -> list[Import]:
    """The imports of every sanat module."""
    known = module_files(root)
    return [imp for mod, path in known.items() for imp in imports_of(mod, path, known)]


def module_graph(imports: list[Import], known: set[str]) -> dict[str, set[str]]:
    """Edges between sanat modules (imports of outside packages left out)."""
    graph: dict[str, set[str]] = {m: set() for m in known}
    for imp in imports:
        if imp.target in known and imp.target != imp.source:
            graph[imp.source].add(imp.target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one member (Tarjan), each sorted, largest first."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    sys.setrecursionlimit(max(10_000, sys.getrecursionlimit()))
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found, key=lambda c: (-len(c), c))


def package_of(module: str, known: set[str]) -> str:
    """The package a module belongs to: itself when it is a package or a top-level module
    (``sanat.vocabulary``, ``sanat.cli``), else its parent."""
    prefix = module + "."
    parent = module.rpartition(".")[0]
    if any(k.startswith(prefix) for k in known) or "." not in parent:
        return module
    return parent


def package_graph(graph: dict[str, set[str]], known: set[str]) -> dict[str, set[str]]:
    """Module edges collapsed onto packages (edges inside one package left out)."""
    out: dict[str, set[str]] = {}
    for src, targets in graph.items():
        ps = package_of(src, known)
        out.setdefault(ps, set())
        for t in targets:
            pt = package_of(t, known)
            if pt != ps:
                out[ps].add(pt)
    return out


def _cycle_path(comp: list[str], graph: dict[str, set[str]], imports: list[Import]) -> list[str]:
    """One closed walk through a component, each step shown with its line and kind of import."""
    members = set(comp)
    where = {(i.source, i.target): i for i in imports}
    start = comp[0]
    # Breadth-first search for the shortest way back to start inside the component.
    prev: dict[str, str] = {}
    frontier = [start]
    while frontier and start not in prev:
        nxt = []
        for v in frontier:
            for w in sorted(graph[v] & members):
                if w not in prev:
                    prev[w] = v
                    nxt.append(w)
        frontier = nxt
    path = [start]
    v = prev.get(start)
    while v is not None and v != start:
        path.append(v)
        v = prev.get(v)
    path.append(start)
    path.reverse()
    steps = []
    for a, b in itertools.pairwise(path):
        imp = where.get((a, b))
        kind = "function-level" if imp and imp.in_function else "module-level"
        steps.append(f"{a} → {b}  (line {imp.line if imp else '?'}, {kind})")
    return steps


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT, help="the repository root (default: this one)")
    ap.add_argument("--modules", action="store_true", help="print the module graph as well")
    args = ap.parse_args(argv)
    files = module_files(args.root)
    known = set(files)
    imports = all_imports(args.root)
    graph = module_graph(imports, known)
    pkgs = package_graph(graph, known)
    hidden = sum(1 for i in imports if i.in_function and i.target in known)
    print(f"# sanat import graph: {len(known)} modules, {sum(map(len, graph.values()))} edges, "
          f"{hidden} function-level imports of sanat modules")
    print("\n## packages (→ the sanat packages each one imports)")
    for p in sorted(pkgs):
        print(f"{p} → {', '.join(sorted(pkgs[p])) or '—'}")
    if args.modules:
        print("\n## modules")
        for m in sorted(graph):
            print(f"{m} → {', '.join(sorted(graph[m])) or '—'}")
    found = cycles(graph)
    print(f"\n## module cycles: {len(found)}")
    for comp in found:
        print(f"- {len(comp)} modules: {', '.join(comp)}")
        for step in _cycle_path(comp, graph, imports):
            print(f"    {step}")
    pkg_cycles = cycles(pkgs)
    print(f"\n## package cycles: {len(pkg_cycles)} (information only: an app's package holds its models, below"
          " its services, and its views, above them)")
    for comp in pkg_cycles:
        print(f"- {', '.join(comp)}")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
