"""The one type every check and the comparison report: a verdict on figures.

``check`` findings point at one file and carry the mentions they judge;
``compare`` findings carry the ``old`` and ``new`` mention of an aligned pair
(either may be None for dropped/added). Reports only ever read Findings, so a
new check or a new output format never needs to know about the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.mention import Mention

LEVELS = ("info", "warning", "error")
STATUSES = ("conflict", "match", "unverifiable", "dropped", "added", "derived")
FLAG_STATUSES = ("conflict", "dropped", "added", "unverifiable")
NOT_FLAG_STATUSES = ("match", "derived")
"""Reports, not problems: never annotated, never fail a run."""


def level_rank(level: str | None) -> int:
    """Order levels so that ``--fail-on`` can compare them; unknown ranks lowest."""
    return LEVELS.index(level) if level in LEVELS else -1


@dataclass
class Finding:
    """A rule's verdict on one or more mentions.

    ``start``/``end`` are character offsets into the text of ``file`` (for
    compare findings: into the NEW text, or the OLD text for dropped figures,
    as ``side`` says). ``line``/``column`` are 1-based and refer to the source
    file as stored on disk, after mapping back from Markdown/HTML prose.
    """

    rule: str
    level: str
    status: str
    message: str
    file: str | None = None
    start: int = 0
    end: int = 0
    line: int = 0
    column: int = 0
    sentence: str = ""
    mentions: list[Mention] = field(default_factory=list)
    old: Mention | None = None
    new: Mention | None = None
    side: str | None = None
    """For compare findings: "old" or "new", the text ``start``/``end`` point into."""
    fingerprint: str = ""
    """Stable id across edits (see factcheck/fingerprint.py), set by the producer."""
    figure: str = ""
    """check: the flagged span as written in the file (compare findings use ``old``/``new``)."""
    sentence_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    """(start, end) of the figure's sentence in each text it is in: key ``""`` for a
    check finding, ``"old"``/``"new"`` for compare. Set by the producers, which
    split the text into sentences already, so reports never split it again.
    Not part of the JSON output."""
    extra: dict[str, Any] = field(default_factory=dict)

    def figure_text(self) -> str:
        """The figure as written: ``old → new`` for a conflict, else the one figure."""
        if self.old is not None and self.new is not None:
            if self.old.text == self.new.text:
                return self.new.text
            return f"{self.old.text} → {self.new.text}"
        if self.new is not None:
            return self.new.text
        if self.old is not None:
            return self.old.text
        return self.figure or " ".join(m.text for m in self.mentions)

    @property
    def is_flag(self) -> bool:
        """Whether a pipeline should annotate this finding: all but matches and derived."""
        return self.status not in NOT_FLAG_STATUSES

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "level": self.level,
            "status": self.status,
            "message": self.message,
            "sentence": self.sentence,
            "mentions": [m.to_dict() for m in self.mentions],
            "old": self.old.to_dict() if self.old else None,
            "new": self.new.to_dict() if self.new else None,
            "side": self.side,
            "fingerprint": self.fingerprint,
        }
        if self.figure:
            d["figure"] = self.figure
        if self.extra:
            d["extra"] = self.extra
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Finding:
        def m(x: Any) -> Mention | None:
            return Mention.from_dict(x) if x else None

        known = {f for f in cls.__dataclass_fields__}
        kw = {k: v for k, v in d.items() if k in known}
        kw["mentions"] = [Mention.from_dict(x) for x in d.get("mentions", [])]
        kw["old"] = m(d.get("old"))
        kw["new"] = m(d.get("new"))
        return cls(**kw)
