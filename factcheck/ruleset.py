"""Rules as YAML files: load, validate and configure them, safely.

A rule type is a module ``factcheck/checks/<name>.py`` that declares ``TYPE``,
``SCOPE`` ("article": run by ``check``; "compare": used by ``compare``),
``OPTIONS`` (``{"name": (type or tuple of types, default)}``), a
``DEFAULT_MESSAGE`` template and, for article scope, ``run(article, rule)``.
The types are listed in one place, ``factcheck.checks.registry``; this loader
reads their declarations from there and knows nothing about any one type.

A rule is one YAML mapping per file (as in Vale): ``id``, ``type``, ``level``,
``message`` and the options of its type. Rule sets are folders. The defaults
ship in the package ``factcheck.rules`` (the top-level ``rules/`` folder); a
project adds or overrides rules with a ``.factcheck.yaml`` found by walking up
from the checked file, and with ``--rules DIR``.

Rules and configuration may come from an untrusted pull request in CI, so the
loader is deliberately small: YAML is composed with PyYAML's SafeLoader (plain
data only, no tags that build objects), files are capped in size, aliases are
refused (no "billion laughs"), nesting and node counts are bounded, message
templates may name plain fields only (no attribute or index access, no format
specs), and regex options are length-capped and refused when they nest
quantifiers. Nothing in a rule is ever evaluated.
"""

from __future__ import annotations

import contextlib
import functools
import math
import os
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from factcheck.config import RULE_KEYS as CONFIG_KEYS  # noqa: F401  (the rule settings)
from factcheck.errors import RuleError
from factcheck.rulefile import (  # noqa: F401  (re-exported: the loader's public names)
    MAX_FILE_BYTES,
    FilePath,
    NonNegative,
    Regex,
    YamlDoc,
    read_yaml,
)
from factcheck.units import UnitExtension

LEVELS = ("error", "warning", "info")
SCOPES = ("article", "compare")
COMMON_KEYS = ("id", "type", "level", "message", "description", "exclude")
RULE_SUFFIXES = (".yaml", ".yml")

MAX_REGEX_LENGTH = 200
MAX_MESSAGE_LENGTH = 500
MAX_RULE_FILES = 500
ID_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,63}\Z")


# --------------------------------------------------------------------------- types


@dataclass
class RuleType:
    """What the engine knows of a rule type: its module's declarations."""

    name: str
    scope: str
    options: dict[str, tuple[Any, Any]]
    default_message: str
    module: ModuleType

    @property
    def run(self):
        return getattr(self.module, "run", None)


@functools.lru_cache(maxsize=1)
def rule_types() -> dict[str, RuleType]:
    """Every rule type, by name, from the registry (``factcheck.checks.registry``)."""
    from factcheck.checks.registry import RULE_TYPE_MODULES

    return {
        module.TYPE: RuleType(
            name=module.TYPE,
            scope=getattr(module, "SCOPE", "article"),
            options=dict(getattr(module, "OPTIONS", {})),
            default_message=getattr(module, "DEFAULT_MESSAGE", "{rule}"),
            module=module,
        )
        for module in RULE_TYPE_MODULES
    }


# --------------------------------------------------------------------------- rules


class _SafeFormatter(string.Formatter):
    """Fills ``{name}`` from a dict; unknown names stay as written."""

    def get_value(self, key, args, kwargs):  # type: ignore[override]
        if isinstance(key, str) and key in kwargs:
            return kwargs[key]
        return "{" + str(key) + "}"

    def format_field(self, value, format_spec):  # type: ignore[override]
        return str(value)


def check_template(template: str) -> str | None:
    """The problem with a message template, or None when it is safe to fill."""
    if len(template) > MAX_MESSAGE_LENGTH:
        return f"longer than {MAX_MESSAGE_LENGTH} characters"
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as exc:
        return f"bad template ({exc}); write {{{{ and }}}} for literal braces"
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if not name.isidentifier():
            return f"placeholder {{{name}}} must be a plain name such as {{expected}}"
        if spec or conversion:
            return f"placeholder {{{name}}} may not have a format spec or conversion"
    return None


@dataclass
class Rule:
    """One configured rule: its type, severity, message and complete options.

    ``options`` holds every option of the type, defaults merged, values
    validated (regexes compiled, file paths resolved). ``file``/``line`` say
    where the rule was defined, for error messages.
    """

    id: str
    type: str
    level: str = "warning"
    message: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    file: str | None = None
    line: int | None = None
    description: str = ""
    exclude: re.Pattern[str] | None = None
    """Findings whose sentence matches this pattern are dropped (``exclude:``)."""

    def excludes(self, sentence: str) -> bool:
        """Whether ``exclude:`` drops a finding in ``sentence`` (its first 1,000 characters).

        The cap keeps an untrusted regex's cost bounded however long a
        sentence is (see ``_regex_hazard``).
        """
        return self.exclude is not None and bool(self.exclude.search(sentence[:MAX_EXCLUDE_CHARS]))

    def __getitem__(self, option: str) -> Any:
        return self.options[option]

    def get(self, option: str, default: Any = None) -> Any:
        return self.options.get(option, default)

    def format(self, **values: Any) -> str:
        """The message with ``{placeholders}`` filled from ``values``.

        ``{rule}`` and ``{level}`` are always available; placeholders a check
        does not supply are left as written rather than failing.
        """
        return self.render(self.message, **values)

    def render(self, template: str, **values: Any) -> str:
        """Fill another template of this rule (say, its ``match_message`` option)."""
        values.setdefault("rule", self.id)
        values.setdefault("level", self.level)
        return _SafeFormatter().vformat(template, (), values)

    @property
    def rule_type(self) -> RuleType:
        return rule_types()[self.type]

    @property
    def shipped(self) -> bool:
        """Whether the rule comes from factcheck's own ``rules/`` (defaults and presets).

        Only those have a page in factcheck's docs (``docs/rules/<id>.md``); a
        project's rule, one overriding a shipped id included, is described by
        its own file.
        """
        if not self.file:
            return False
        return Path(self.file).resolve().is_relative_to(default_rules_dir().resolve())


@dataclass
class RuleSet:
    """The rules in force for an article: defaults, project rules and config."""

    rules: list[Rule] = field(default_factory=list)
    fail_on: str | None = None
    """``fail-on`` from ``.factcheck.yaml``, or None (the command's default)."""
    new_is: str | None = None
    """``new-is`` from ``.factcheck.yaml`` (how ``compare`` reads NEW), or None: ``auto``."""
    config_file: str | None = None
    files_read: tuple[str, ...] = ()
    """Every file read to build this set: config, rule files (overridden ones too), data
    files of options. A run never writes onto one of them (``output_file.refuse_inputs``)."""
    _units: UnitExtension | None = field(default=None, init=False, repr=False, compare=False)

    def of_type(self, type_name: str) -> list[Rule]:
        return [r for r in self.rules if r.type == type_name]

    def get(self, rule_id: str) -> Rule | None:
        for r in self.rules:
            if r.id == rule_id:
                return r
        return None

    def of_scope(self, scope: str) -> list[Rule]:
        types = rule_types()
        return [r for r in self.rules if types[r.type].scope == scope]

    def descriptions(self) -> dict[str, dict[str, Any]]:
        """rule id -> {"description", "level", "shipped"[, "file"]}: what reports say about
        the rules in force.

        The rule's own ``description``, else the first paragraph of its type's
        docstring. Reports (SARIF's ``tool.driver.rules``) get this from the
        command, so they describe the rules that actually ran, a project's
        ``.factcheck.yaml`` included, without loading rule files themselves.
        ``shipped`` says whether factcheck's docs have a page for the rule; a
        project's rule has its ``file`` instead.
        """
        out = {}
        for r in self.rules:
            text = r.description
            if not text:
                text = (r.rule_type.module.__doc__ or "").strip().split("\n\n")[0]
                text = re.sub(r"^Rule type ``[\w-]+``:\s*", "", text).replace("``", "")
                text = text[:1].upper() + text[1:]
            if text:
                out[r.id] = {"description": " ".join(text.split()), "level": r.level}
                out[r.id]["shipped"] = r.shipped
                if not r.shipped and r.file:
                    out[r.id]["file"] = r.file
        return out

    def units(self) -> UnitExtension | None:
        """The units the rules in force define, for extraction and conversion (or None).

        A rule type that defines a unit has a ``defined_unit(rule)`` hook (the
        ``unit`` type); the loader knows no type by name. Two rules defining one
        name, or one spelling for two units, are a RuleError naming the second.
        Built once per rule set; the set is what a run extends, never the process.
        """
        if self._units is None:
            defined: dict[str, tuple[Rule, Any]] = {}
            spelled: dict[str, Rule] = {}
            for r in self.rules:
                hook = getattr(r.rule_type.module, "defined_unit", None)
                if hook is None:
                    continue
                unit = hook(r)
                if unit.name in defined:
                    first = defined[unit.name][0]
                    raise RuleError(
                        r.file or "?",
                        r.line,
                        "define",
                        f"{unit.name!r} is defined by {first.file} too",
                    )
                defined[unit.name] = (r, unit)
                for s in (*(w.lower() for w in unit.words), *unit.symbols):
                    if s in spelled:
                        raise RuleError(
                            r.file or "?",
                            r.line,
                            "spellings",
                            f"{s!r} already spells a unit of {spelled[s].file}",
                        )
                    spelled[s] = r
            self._units = UnitExtension(tuple(u for _, u in defined.values()))
        return self._units if self._units.units else None

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)


def _type_name(t: Any) -> str:
    if isinstance(t, tuple):
        return " or ".join(_type_name(x) for x in t)
    return {
        str: "a string",
        int: "a whole number",
        float: "a number",
        bool: "true or false",
        list: "a list",
        dict: "a mapping",
        NonNegative: "a number >= 0",
        Regex: "a regular expression (string)",
        FilePath: "a file path (string)",
        type(None): "null",
    }.get(t, getattr(t, "__name__", str(t)))


def _matches(value: Any, t: Any) -> bool:
    if isinstance(t, tuple):
        return any(_matches(value, x) for x in t)
    if t in (Regex, FilePath):
        return isinstance(value, str)
    if t is NonNegative:
        return _matches(value, float) and value >= 0
    if t is float:  # .nan or .inf would silently turn a rule off (every test False)
        return (
            isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        )
    if t is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, t)


MAX_UNBOUNDED_REPEATS = 1
"""Unbounded repeats (``*``, ``+``, ``{n,}``, ``{n,m}`` with m > 50) allowed in one regex."""
MAX_REPEAT_CHOICES = 100
"""The product of (m - n + 1) over a regex's bounded repeats ``{n,m}`` and ``?``."""
MAX_EXCLUDE_CHARS = 1_000
"""An ``exclude:`` regex sees at most this many characters of a sentence."""


def _regex_hazard(pattern: str) -> str | None:
    """Why an untrusted regex could take more than quadratic time, or None.

    Python's ``re`` backtracks, so a rule file from a pull request could hang
    CI with ``(a|a)*$`` (exponential) or ``.*.*..*=`` (one power of the text
    per ``.*``). Rather than a timeout (results that depend on the machine)
    or a second regex engine (RE2's ``\\w`` and ``\\b`` are ASCII-only, wrong
    for news text), untrusted regexes are held to a subset whose cost is
    bounded: a repeat may only repeat one character or character class, or a
    fixed string (never a group with alternatives or repeats inside), at most
    one repeat may be unbounded, and backreferences and conditional groups
    are refused. With one unbounded repeat a search costs at most the square
    of the text it reads, and ``exclude:`` reads at most ``MAX_EXCLUDE_CHARS``
    of a sentence. Lookarounds are held to the same rules.
    """
    try:
        import re._parser as sre_parse  # Python >= 3.11
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]

    c = sre_parse
    repeats = {c.MAX_REPEAT, c.MIN_REPEAT} | (
        {c.POSSESSIVE_REPEAT} if hasattr(c, "POSSESSIVE_REPEAT") else set()
    )
    one_char = {c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN, c.CATEGORY}
    unbounded = 0
    choices = 1  # ways the bounded repeats can split a text: their product

    def fixed(items) -> bool:
        """A sequence of single characters or classes: a fixed string, one way to match."""
        for op, av in items:
            if op is c.SUBPATTERN:
                if not fixed(av[-1]):
                    return False
            elif op not in one_char:
                return False
        return True

    def walk(items) -> str | None:
        nonlocal unbounded, choices
        for op, av in items:
            if op in repeats:
                low, high, sub = av
                if high is c.MAXREPEAT or high > 50:
                    unbounded += 1
                else:
                    choices *= high - low + 1
                if high > 1 and not fixed(sub):
                    return (
                        "repeats a group with alternatives or repeats inside (as in (a+)+ "
                        "or (a|b)*), which can take exponential time; repeat a character "
                        "class instead, as in [ab]*"
                    )
            elif op is c.SUBPATTERN:
                problem = walk(av[-1])
                if problem:
                    return problem
            elif op is c.BRANCH:
                for branch in av[1]:
                    problem = walk(branch)
                    if problem:
                        return problem
            elif op in (c.ASSERT, c.ASSERT_NOT):
                problem = walk(av[1])
                if problem:
                    return problem
            elif op is c.GROUPREF:
                return "uses a backreference (\\1), which can take exponential time"
            elif op is c.GROUPREF_EXISTS:
                return "uses a conditional group (?(1)...), which is not supported in rules"
            elif op is getattr(c, "ATOMIC_GROUP", None):
                problem = walk(av)
                if problem:
                    return problem
        return None

    problem = walk(sre_parse.parse(pattern))
    if problem is None and choices > MAX_REPEAT_CHOICES:
        problem = (
            "has too many optional or counted parts ({n,m}, ?) to match quickly; "
            "use fewer or narrower counts"
        )
    if problem is None and unbounded > MAX_UNBOUNDED_REPEATS:
        problem = (
            f"has {unbounded} unbounded repeats (*, +, {{n,}}); at most "
            f"{MAX_UNBOUNDED_REPEATS} is allowed, so that matching stays fast: "
            "bound the others, as in \\s{0,3}"
        )
    return problem


def compile_regex(pattern: str) -> re.Pattern[str]:
    """Compile an untrusted regex or raise ValueError saying why it is refused."""
    if len(pattern) > MAX_REGEX_LENGTH:
        raise ValueError(f"regular expression longer than {MAX_REGEX_LENGTH} characters")
    try:
        compiled = re.compile(pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        raise ValueError(f"not a valid regular expression ({exc})") from None
    problem = _regex_hazard(pattern)
    if problem:
        raise ValueError(f"regular expression {problem}")
    return compiled


def _resolve_path(value: str, base: Path, root: Path) -> Path:
    p = Path(value)
    if p.is_absolute():
        raise ValueError("must be a relative path")
    resolved = (base / p).resolve()
    try:
        resolved.relative_to(root.resolve())
    except ValueError:
        raise ValueError(f"must stay inside {root}") from None
    if not resolved.is_file():
        raise ValueError(f"no such file: {resolved}")
    return resolved


def _convert_option(
    name: str, value: Any, declared: tuple[Any, Any], base: Path, root: Path
) -> Any:
    t, default = declared
    if value is None and default is None:
        return None
    if not _matches(value, t):
        raise ValueError(f"must be {_type_name(t)}, not {value!r}"[:200])
    wants = t if isinstance(t, tuple) else (t,)
    if isinstance(value, str) and name.endswith("_message"):
        problem = check_template(value)
        if problem:
            raise ValueError(problem)
    if isinstance(value, str) and Regex in wants:
        return compile_regex(value)
    if isinstance(value, str) and FilePath in wants:
        return _resolve_path(value, base, root)
    if (float in wants or NonNegative in wants) and int not in wants and isinstance(value, int):
        return float(value)
    return value


def _defaults(rtype: RuleType, base: Path, root: Path) -> dict[str, Any]:
    out = {}
    for name, (t, default) in rtype.options.items():
        wants = t if isinstance(t, tuple) else (t,)
        if isinstance(default, str) and Regex in wants:
            default = compile_regex(default)
        out[name] = default
    return out


def _validate_hook(rule: Rule, rtype: RuleType, lines: dict[str, int]) -> None:
    hook = getattr(rtype.module, "validate", None)
    if hook is None:
        return
    try:
        hook(rule)
    except RuleError:
        raise
    except ValueError as exc:
        # convention: "option: problem" names the option at fault
        msg = str(exc)
        opt, _, rest = msg.partition(": ")
        if opt in rtype.options and rest:
            raise RuleError(rule.file or "?", lines.get(opt, rule.line), opt, rest) from None
        raise RuleError(rule.file or "?", rule.line, None, msg) from None


def parse_rule(path: str | os.PathLike[str], root: str | os.PathLike[str] | None = None) -> Rule:
    """Read and validate one rule file; one RuleError names file, line and field."""
    name = str(path)
    doc = read_yaml(path)
    data, lines = doc.data, doc.lines
    if not isinstance(data, dict):
        raise RuleError(name, doc.line, None, "a rule file must be one YAML mapping (key: value)")

    def fail(key: str | None, problem: str) -> RuleError:
        return RuleError(name, lines.get(key, doc.line) if key else doc.line, key, problem)

    rule_id = data.get("id", Path(name).stem)
    if not isinstance(rule_id, str) or not ID_PATTERN.match(rule_id):
        raise fail("id", "must be a name of letters, digits, '-', '_' or '.' (up to 64)")
    type_name = data.get("type")
    if type_name is None:
        raise fail(None, "missing 'type' (which check this rule configures)")
    types = rule_types()
    if not isinstance(type_name, str) or type_name not in types:
        known = ", ".join(sorted(types))
        raise fail("type", f"unknown type {type_name!r} (known: {known})")
    rtype = types[type_name]
    level = data.get("level", "warning")
    if level not in LEVELS:
        raise fail("level", f"must be one of {', '.join(LEVELS)}, not {level!r}")
    message = data.get("message", rtype.default_message)
    if not isinstance(message, str):
        raise fail("message", "must be a string")
    problem = check_template(message)
    if problem:
        raise fail("message", problem)
    description = data.get("description", "")
    if not isinstance(description, str):
        raise fail("description", "must be a string")
    exclude = data.get("exclude")
    if exclude is not None:
        if not isinstance(exclude, str):
            raise fail("exclude", "must be a regular expression (string)")
        try:
            exclude = compile_regex(exclude)
        except ValueError as exc:
            raise fail("exclude", str(exc)) from None
    base = Path(name).resolve().parent
    root_path = Path(root).resolve() if root is not None else base
    options = _defaults(rtype, base, root_path)
    for key, value in data.items():
        if key in COMMON_KEYS:
            continue
        if not isinstance(key, str) or key not in rtype.options:
            known = ", ".join(sorted(rtype.options)) or "none"
            raise fail(str(key), f"unknown option for type {type_name!r} (its options: {known})")
        try:
            options[key] = _convert_option(key, value, rtype.options[key], base, root_path)
        except ValueError as exc:
            raise fail(key, str(exc)) from None
    rule = Rule(
        id=rule_id,
        type=type_name,
        level=level,
        message=message,
        options=options,
        file=name,
        line=doc.line,
        description=description,
        exclude=exclude,
    )
    _validate_hook(rule, rtype, lines)
    return rule


def load_rule_dir(
    directory: str | os.PathLike[str], root=None, budget=None, skip: tuple[str, ...] = ()
) -> list[Rule]:
    """Every ``*.yaml`` rule under ``directory`` (recursively, sorted).

    Names starting with ``.`` or ``_`` are skipped (``_x.yaml`` is a data
    file a rule may read). A rule file is read only when it is a regular file
    inside ``directory``: a symlink pointing out of the folder (to
    ``/etc/...``, ``.git/config``) is refused before it is opened, so nothing
    of another file reaches an error message. ``budget`` (a ``LoadBudget``)
    bounds the work of one whole rule set. Folders named in ``skip`` are not
    entered (the defaults skip ``presets``, which a project opts into).
    """
    d = Path(directory)
    if not d.is_dir():
        raise RuleError(str(directory), None, None, "rule folder not found")
    top = d.resolve()
    files: list[Path] = []

    def unreadable(exc: OSError) -> None:  # os.walk would skip it, and its rules, silently
        where = exc.filename or str(directory)
        raise RuleError(str(where), None, None, f"cannot read this folder ({exc.strerror or exc})")

    for here, dirs, names in os.walk(d, onerror=unreadable):
        dirs[:] = sorted(x for x in dirs if not x.startswith((".", "_")) and x not in skip)
        for n in sorted(names):
            if n.endswith(RULE_SUFFIXES) and not n.startswith((".", "_")):
                files.append(Path(here) / n)
        if len(files) > MAX_RULE_FILES:
            raise RuleError(str(directory), None, None, f"more than {MAX_RULE_FILES} rule files")
    for f in files:
        if not f.resolve().is_relative_to(top):
            raise RuleError(
                str(f),
                None,
                None,
                "links out of its rule folder; rule files are read only inside it",
            )
        if budget is not None:
            budget.spend(f)
    rules = [parse_rule(f, root if root is not None else d) for f in files]
    seen: dict[str, Rule] = {}
    for r in rules:
        if r.id in seen:
            raise RuleError(
                r.file or "?",
                r.line,
                "id",
                f"rule id {r.id!r} already defined in {seen[r.id].file}",
            )
        seen[r.id] = r
    return rules


MAX_TOTAL_RULE_FILES = 1_000
MAX_TOTAL_RULE_BYTES = 8 * 1024 * 1024


class LoadBudget:
    """The work one rule set may cost: rule files and bytes read, over all its folders.

    Folders are deduplicated before loading; the budget then bounds what
    stays (a config listing 100 distinct large folders), so loading rules
    from a pull request takes at most a few seconds.
    """

    def __init__(self, files: int = MAX_TOTAL_RULE_FILES, size: int = MAX_TOTAL_RULE_BYTES):
        self.files, self.bytes = files, size

    def spend(self, path: Path) -> None:
        self.files -= 1
        with contextlib.suppress(OSError):  # read_yaml reports it
            self.bytes -= path.stat().st_size
        if self.files < 0 or self.bytes < 0:
            raise RuleError(
                str(path),
                None,
                None,
                f"rule set too large (over {MAX_TOTAL_RULE_FILES} rule files or "
                f"{MAX_TOTAL_RULE_BYTES // (1024 * 1024)} MB in all)",
            )


def default_rules_dir() -> Path:
    """The folder of the default rules: ``rules/`` at the root of the source tree.

    An installed package has it as ``factcheck.rules`` (pyproject maps the
    folder there, and the wheel ships it). A source checkout run without
    installing (``PYTHONPATH=. python -m factcheck``) has no such package, and
    the folder is found next to the ``factcheck`` package instead.
    """
    from importlib.resources import files

    try:
        return Path(str(files("factcheck.rules")))
    except ModuleNotFoundError:
        checkout = Path(__file__).resolve().parent.parent / "rules"
        if checkout.is_dir():
            return checkout
        raise RuleError(str(checkout), None, None, "default rules not found") from None


def find_config(start: str | os.PathLike[str] | None) -> Path | None:
    """The nearest settings file (``.factcheck.yaml`` or ``[tool.factcheck]``) above ``start``."""
    import factcheck.config as config

    return config.find(start)


def _merge(rules: list[Rule], more: Iterable[Rule]) -> list[Rule]:
    """Later rules replace earlier ones with the same id (project overrides)."""
    by_id = {r.id: r for r in rules}
    for r in more:
        by_id[r.id] = r
    return list(by_id.values())


def _as_id_list(value: Any, name: str, line: int | None, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise RuleError(name, line, key, "must be a rule id or a list of rule ids")
    return value


def _apply_config(
    rules: list[Rule], path: Path, data: dict[str, Any], lines: dict[str, int]
) -> list[Rule]:
    name = str(path)
    disable = _as_id_list(data.get("disable", []), name, lines.get("disable"), "disable")
    enable = _as_id_list(data.get("enable", []), name, lines.get("enable"), "enable")
    known = {r.id for r in rules} | {r.type for r in rules}
    for key, ids in (("disable", disable), ("enable", enable)):
        for rid in ids:
            if rid not in known and rid != "all":
                raise RuleError(name, lines.get(key), key, f"no rule or type named {rid!r}")
    off = set(disable)
    on = set(enable)

    def active(r: Rule) -> bool:
        if r.id in on or r.type in on:
            return True
        return not ("all" in off or r.id in off or r.type in off)

    rules = [r for r in rules if active(r)]
    levels = data.get("levels", {})
    if not isinstance(levels, dict):
        raise RuleError(name, lines.get("levels"), "levels", "must map rule ids to levels")
    for rid, level in levels.items():
        if level not in LEVELS:
            raise RuleError(
                name, lines.get("levels"), f"levels.{rid}", f"must be one of {', '.join(LEVELS)}"
            )
        targets = [r for r in rules if r.id == rid or r.type == rid]
        if not targets and rid not in known:
            raise RuleError(name, lines.get("levels"), f"levels.{rid}", "no such rule")
        for r in targets:
            r.level = level
    options = data.get("options", {})
    if not isinstance(options, dict):
        raise RuleError(name, lines.get("options"), "options", "must map rule ids to options")
    for rid, opts in options.items():
        field_name = f"options.{rid}"
        if not isinstance(opts, dict):
            raise RuleError(name, lines.get("options"), field_name, "must be a mapping")
        targets = [r for r in rules if r.id == rid or r.type == rid]
        if not targets and rid not in known:
            raise RuleError(name, lines.get("options"), field_name, "no such rule")
        for r in targets:
            rtype = rule_types()[r.type]
            for key, value in opts.items():
                if key == "message":
                    problem = None if isinstance(value, str) else "must be a string"
                    problem = problem or check_template(value)
                    if problem:
                        raise RuleError(
                            name, lines.get("options"), f"{field_name}.message", problem
                        )
                    r.message = value
                    continue
                if key not in rtype.options:
                    raise RuleError(
                        name, lines.get("options"), f"{field_name}.{key}", "unknown option"
                    )
                try:
                    r.options[key] = _convert_option(
                        key, value, rtype.options[key], path.parent, path.parent
                    )
                except ValueError as exc:
                    raise RuleError(
                        name, lines.get("options"), f"{field_name}.{key}", str(exc)
                    ) from None
            _validate_hook(r, rtype, {})
    return rules


def load_config(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """Read a settings file through ``factcheck.config`` (the one loader and schema)."""
    import factcheck.config as config

    settings = config.load(path)
    return settings.data, settings.lines


def load_ruleset(
    rule_dirs: Iterable[str | os.PathLike[str]] = (),
    start: str | os.PathLike[str] | None = None,
    defaults: bool = True,
    config_file: str | os.PathLike[str] | None = None,
) -> RuleSet:
    """The rules in force: package defaults, then ``.factcheck.yaml``, then ``rule_dirs``.

    ``start`` is the checked file or folder; the nearest ``.factcheck.yaml``
    at or above it may add rule folders (relative to itself), turn off the
    defaults (``default-rules: false``), disable or re-level rules, set their
    options and ``fail-on``. Folders in ``rule_dirs`` (``--rules DIR``) come
    last and win over both; the config's disable/levels/options apply to them too.
    ``config_file`` (``--config FILE``) replaces the search for the nearest one.
    """
    config = Path(config_file) if config_file is not None else find_config(start)
    data: dict[str, Any] = {}
    lines: dict[str, int] = {}
    if config is not None:
        data, lines = load_config(config)
    folders: list[tuple[Path, Path | None]] = []  # (folder, root its FilePaths stay in)
    if defaults and data.get("default-rules", True):
        folders.append((default_rules_dir(), None))
    if config is not None:
        folders += [(f, None) for f in _config_presets(config, data, lines)]
        folders += [(f, config.parent) for f in _config_rule_folders(config, data, lines)]
    folders += [(_rule_dir_or_preset(d), None) for d in rule_dirs]
    budget = LoadBudget()
    rules: list[Rule] = []
    read: list[Rule] = []  # every rule parsed, overridden ones too: their files were read
    loaded: set[Path] = set()
    for folder, root in folders:
        key = folder.resolve()
        if key in loaded:  # the same folder twice loads the same rules
            continue
        loaded.add(key)
        if folder.is_file():  # a preset file, rules/presets/bbc.yaml
            budget.spend(folder)
            parsed = [parse_rule(folder)]
        else:
            skip = (PRESETS,) if key == default_rules_dir().resolve() else ()
            parsed = load_rule_dir(folder, root=root, budget=budget, skip=skip)
        read += parsed
        rules = _merge(rules, parsed)
    if config is not None:
        rules = _apply_config(rules, config, data, lines)
    ruleset = RuleSet(
        rules=rules,
        fail_on=data.get("fail-on"),
        new_is=data.get("new-is"),
        config_file=str(config) if config else None,
        files_read=_files_read(config, [*read, *rules]),
    )
    ruleset.units()  # a unit defined twice is a bad rule set: said at load time
    return ruleset


def _files_read(config: Path | None, rules: Iterable[Rule]) -> tuple[str, ...]:
    """The config, each rule's file and the data files its options name (``FilePath``)."""
    names = [str(config)] if config is not None else []
    for r in rules:
        if r.file:
            names.append(r.file)
        names += [str(v) for v in r.options.values() if isinstance(v, Path)]
    return tuple(dict.fromkeys(names))


PRESETS = "presets"
"""The folder of ``rules/`` holding presets (``ap.yaml``, ``bbc.yaml``): not defaults."""


def preset_path(name: str) -> Path | None:
    """The preset a name means ("presets/bbc", "presets/bbc.yaml"), or None.

    A preset is a rule file or folder in ``rules/presets/`` of the package; a
    name that leaves that folder means nothing.
    """
    top = (default_rules_dir() / PRESETS).resolve()
    for candidate in (name, f"{name}.yaml"):
        path = (default_rules_dir() / candidate).resolve()
        if path.is_relative_to(top) and path != top and path.exists():
            return path
    return None


def preset_names() -> list[str]:
    folder = default_rules_dir() / PRESETS
    if not folder.is_dir():
        return []
    return sorted(f"{PRESETS}/{p.name.removesuffix('.yaml')}" for p in folder.iterdir())


def _rule_dir_or_preset(d: str | os.PathLike[str]) -> Path:
    """``--rules DIR``: a folder, else a preset of that name ("presets/bbc")."""
    path = Path(d)
    if not path.exists():
        preset = preset_path(str(d))
        if preset is not None:
            return preset
    return path


def _config_presets(config: Path, data: dict[str, Any], lines: dict[str, int]) -> list[Path]:
    """The presets ``extends:`` names (``[presets/bbc]``), loaded before the config's own rules."""
    names = data.get("extends", [])
    if isinstance(names, str):
        names = [names]
    if not isinstance(names, list) or not all(isinstance(x, str) for x in names):
        raise RuleError(str(config), lines.get("extends"), "extends", "must be a list of presets")
    out = []
    for name in names:
        path = preset_path(name)
        if path is None:
            known = ", ".join(preset_names()) or "none"
            raise RuleError(
                str(config), lines.get("extends"), "extends", f"no preset {name!r} (known: {known})"
            )
        out.append(path)
    return out


def _config_rule_folders(config: Path, data: dict[str, Any], lines: dict[str, int]) -> list[Path]:
    """The ``rules:`` folders of a config: relative, inside the config's folder, existing.

    A config may come from a pull request: an absolute path or a ``../``
    escape would load (and quote in errors) files from anywhere on the CI
    machine, so both are refused.
    """
    extra = data.get("rules", [])
    if isinstance(extra, str):
        extra = [extra]
    if not isinstance(extra, list) or not all(isinstance(x, str) for x in extra):
        raise RuleError(str(config), lines.get("rules"), "rules", "must be a list of folders")
    project = config.parent.resolve()
    out = []
    for rel in extra:
        if os.path.isabs(rel) or rel.startswith("~"):
            raise RuleError(
                str(config), lines.get("rules"), "rules", f"{rel!r} must be a relative path"
            )
        folder = (config.parent / rel).resolve()
        if not folder.is_relative_to(project):
            raise RuleError(
                str(config),
                lines.get("rules"),
                "rules",
                f"{rel!r} is outside the project (rule folders stay inside the config's folder)",
            )
        if not folder.is_dir():
            raise RuleError(str(config), lines.get("rules"), "rules", f"no folder {rel!r}")
        out.append(folder)
    return out


def descriptions_of(rulesets: Iterable[RuleSet]) -> dict[str, dict[str, Any]]:
    """``RuleSet.descriptions`` of every rule set a run used (one per .factcheck.yaml)."""
    out: dict[str, dict[str, Any]] = {}
    for ruleset in rulesets:
        out.update(ruleset.descriptions())
    return out


def files_of(rulesets: Iterable[RuleSet]) -> list[str]:
    """``RuleSet.files_read`` of every rule set a run used: files it must never write onto."""
    return list(dict.fromkeys(name for ruleset in rulesets for name in ruleset.files_read))


@functools.lru_cache(maxsize=1)
def default_ruleset() -> RuleSet:
    """The package's default rules, loaded once per process."""
    return load_ruleset()


def resolve_rules(rules: Any) -> RuleSet:
    """The RuleSet meant by an API caller's ``rules`` argument.

    A RuleSet, a list of Rules, a rule folder (added to the defaults) or None
    for the default rules.
    """
    if rules is None:
        return default_ruleset()
    if isinstance(rules, RuleSet):
        return rules
    if isinstance(rules, (str, os.PathLike)):
        return load_ruleset([rules])
    rules = list(rules)
    if all(isinstance(r, Rule) for r in rules):
        return RuleSet(rules)
    raise TypeError("rules must be a RuleSet, a list of Rule, a folder or None")
