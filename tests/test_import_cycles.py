"""No import cycle among the package's modules, deferred imports included.

A cycle hidden in a function-level import still ties two layers together:
neither can be read, tested or replaced without the other. The graph is built
from the source (no import is run): every ``import factcheck.x`` and ``from
factcheck.x import y`` anywhere in a module, at the top or inside a function,
is an edge to ``factcheck.x``, and to ``factcheck.x.y`` when that is a module.
Imports under ``if TYPE_CHECKING:`` are left out: they never run, and type
hints may name any layer.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "factcheck"

KNOWN_EDGES: set[tuple[str, str]] = set()
"""(importer, imported) edges tolerated while a cycle is being removed: none now."""


def module_names() -> dict[str, Path]:
    names = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join(parts)] = path
    return names


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST):
    """Every Import/ImportFrom node, skipping the bodies of ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def import_graph() -> dict[str, set[str]]:
    modules = module_names()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                targets = [source] + [f"{source}.{alias.name}" for alias in node.names]
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path (first node repeated at the end), or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    for root in sorted(graph):
        if state.get(root):
            continue
        path = [root]
        iters = [iter(sorted(graph[root]))]
        state[root] = 1
        while iters:
            nxt = next(iters[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                iters.pop()
            elif state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                iters.append(iter(sorted(graph[nxt])))
    return None


def test_the_graph_sees_deferred_imports():
    graph = import_graph()
    # factcheck/__init__.py imports checks inside check(): a function-level import
    assert "factcheck.checks" in graph["factcheck"]
    # the registry names each rule type module
    assert "factcheck.checks.weekday" in graph["factcheck.checks.registry"]


def test_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_among_the_package_modules():
    graph = import_graph()
    for source, target in KNOWN_EDGES:
        graph.get(source, set()).discard(target)
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_reports_and_baselines_read_findings_only():
    """Reports never load rules nor split sentences, and baselines need no report helper:
    what they show comes on the Findings (sentence, its span, figure, fingerprint) and
    in the Report (the descriptions of the rules that ran)."""
    graph = import_graph()
    below = ("factcheck.extract", "factcheck.checks", "factcheck.ruleset", "factcheck.compare")
    for name, imported in graph.items():
        if name.startswith("factcheck.report"):
            reach = sorted(t for t in imported if t.startswith(below))
            assert not reach, f"{name} imports {reach}"
    assert not [t for t in graph["factcheck.baseline"] if t.startswith("factcheck.report")]


LAYERS = {
    "factcheck.source": 0,
    "factcheck.markup": 0,
    "factcheck.extract": 1,
    "factcheck.article": 1,
    "factcheck.ruleset": 2,
    "factcheck.rulefile": 2,
    "factcheck.config": 2,
    "factcheck.selection": 2,
    "factcheck.ruledocs": 2,
    "factcheck.checks": 2,
    "factcheck.compare": 3,
    "factcheck.report": 4,
    "factcheck.cli": 5,
    "factcheck.__main__": 5,
    "factcheck.commands": 5,
    "factcheck.batch": 5,
    "factcheck.serve": 5,
}
"""text (0) -> mentions (1) -> rules (2) -> compare (3) -> report (4) -> cli (5), as
docs/architecture.md draws them. An Article is prose with its mentions, so it stands
with the extractor. Modules in no layer (mention, finding, lang, units, fingerprint,
chains, output_file, ...) are records and tools every layer may use; they may import
no layer but the text one."""


def _layer(module: str) -> int | None:
    for prefix, layer in LAYERS.items():
        if module == prefix or module.startswith(prefix + "."):
            return layer
    return None


def test_layers_only_look_down():
    graph = import_graph()
    up = []
    for name, imported in graph.items():
        here = _layer(name)
        for target in imported:
            there = _layer(target)
            if there is None:
                continue
            if (here is None and name != "factcheck" and there > 0) or (
                here is not None and there > here
            ):
                up.append(f"{name} -> {target}")
    assert not up, "imports that look up: " + ", ".join(sorted(up))
