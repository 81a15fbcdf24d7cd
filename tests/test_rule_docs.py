"""docs/rules/ is what tools/rule_docs.py writes: one page per default rule, in step."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_rule_pages_are_in_step_with_the_rules():
    spec = importlib.util.spec_from_file_location("rule_docs", ROOT / "tools" / "rule_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    wanted = module.pages()
    on_disk = {p.name: p.read_text("utf-8") for p in (ROOT / "docs" / "rules").glob("*.md")}
    assert sorted(on_disk) == sorted(wanted), "run: python tools/rule_docs.py"
    for name, text in wanted.items():
        assert on_disk[name] == text, f"docs/rules/{name} is stale; run: python tools/rule_docs.py"
