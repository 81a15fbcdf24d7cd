"""Regression tests for classes of input that once crashed factcheck (issue 15, issue 11).

Each test is named after the class, not the example: the sentences are ours, written with
the same kinds of figures as the copy that crashed it.
"""

from __future__ import annotations

import datetime as _dt

import pytest

from factcheck.compare import compare_texts
from factcheck.extract import extract
from factcheck.extract.calendar import FIRST_REFERENCE, LAST_REFERENCE

EDGE_DATES = [
    _dt.date(1, 1, 1),
    _dt.date(1, 12, 31),
    FIRST_REFERENCE,
    LAST_REFERENCE,
    _dt.date(9999, 1, 1),
    _dt.date(9999, 12, 31),
]


def _dates(text: str, ref: _dt.date | None = None) -> dict[str, str | None]:
    return {m.text: m.iso for m in extract(text, ref) if m.kind == "date"}


# --- a relative date anchored on a date of a grain it cannot count from ------------------


@pytest.mark.parametrize(
    "text, relative",
    [
        ("Prices soared in the 1970s.\n\nTwo years later, they fell.", "Two years later"),
        ("In the 1800s the town grew. A year later it burnt down.", "A year later"),
        ("The mill closed in the 1800s. A decade later it reopened.", "A decade later"),
        ("Sales rose in the 1990s. The next day they fell.", "The next day"),
        ("The strike began in March 2016. The next day it ended.", "The next day"),
        ("Profits fell in the 1980s. A month later they rose.", "A month later"),
    ],
)
def test_relative_date_anchored_on_a_coarser_grain_stays_unresolved(text, relative):
    assert _dates(text, _dt.date(2017, 3, 1))[relative] is None


@pytest.mark.parametrize(
    "text, relative, iso",
    [
        ("Sales peaked in Q3 2016. A year later they halved.", "A year later", "2017-Q3"),
        ("The dam burst in summer 2012. A year later it was rebuilt.", "A year later", "2013-SU"),
        ("They met last week. The following week they split.", "The following week", "2017-W09"),
        ("Rents rose last week. A year earlier they fell.", "A year earlier", "2016"),
        ("Fares doubled in the 1990s. A decade later they halved.", "A decade later", "200"),
        ("Output fell in March 2020. A year earlier it rose.", "A year earlier", "2019-03"),
    ],
)
def test_relative_date_anchored_on_a_week_quarter_season_or_decade(text, relative, iso):
    assert _dates(text, _dt.date(2017, 3, 1))[relative] == iso


@pytest.mark.parametrize(
    "text, relative, iso",
    [
        ("The pier closed in the autumn. A year later it reopened.", "A year later", "2017-FA"),
        ("The pier shut in the autumn. The next day it reopened.", "The next day", None),
        ("It shut the day after the storm. A week later it reopened.", "A week later", None),
        ("It shut the year before last. A year later it reopened.", "A year later", "2016"),
    ],
)
def test_relative_date_anchored_on_a_bare_season_or_an_event(text, relative, iso):
    assert _dates(text, _dt.date(2017, 3, 1))[relative] == iso


# --- reference dates and anchors at the calendar's ends ----------------------------------

EDGE_SENTENCES = [
    "He said on Monday that the plant will close in May.",
    "It will open on Friday, or last Friday, this coming Sunday or Friday next week.",
    "It happened on Feb. 13, on the 15th and on Friday the 13th.",
    "They met over Christmas, on Easter Monday and on Good Friday.",
    "Prices rose last week, next month, next year, last decade and next winter.",
    "It will rise in the first quarter; it fell in the third quarter.",
    "It was two years ago, a fortnight ago, 5000 years ago and in 9000 years' time.",
    "It was 999999 days ago and will be in 10 days' time, March next year.",
    "From November to February, from Friday to Monday, between March and January.",
    "On 31 December 9999 it rose. The next day it fell. A month later it rose.",
    "On 1 January 0001 it rose. The day before it fell. A year earlier it rose.",
    "Published: December 31, 9999\n\nHe said on Monday that next year it will rise.",
    "It fell in the autumn, the year before last and the week before the vote. A year later it rose.",
    "It will rise during the winter and over the summer. The next day it fell.",
]


@pytest.mark.parametrize("ref", [None, *EDGE_DATES], ids=str)
@pytest.mark.parametrize("text", EDGE_SENTENCES)
def test_reference_date_at_the_calendar_ends_leaves_dates_unresolved(text, ref):
    for m in extract(text, ref):
        assert m.text == text[m.start : m.end]
        if m.iso and m.iso[:1].isdigit():
            assert not m.iso.startswith(("0000", "10000"))


def test_date_counted_past_the_calendar_end_is_unresolved():
    assert _dates("Prices will rise next year.", _dt.date(9999, 12, 31))["next year"] is None
    assert _dates("Prices fell last year.", _dt.date(1, 6, 1))["last year"] is None


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01", "9999-01-01"])
def test_reference_date_outside_the_supported_range_is_refused(date, tmp_path, capsys):
    from factcheck.cli import main

    article = tmp_path / "a.txt"
    article.write_text("He said on Monday that prices rose.\n", encoding="utf-8")
    for command in ("extract", "check"):
        with pytest.raises(SystemExit) as exc:
            main([command, str(article), "--date", date])
        assert exc.value.code == 2
        err = capsys.readouterr().err
        assert "outside the supported reference dates" in err
        assert "Traceback" not in err


def test_reference_date_inside_the_supported_range_is_accepted(tmp_path):
    from factcheck.cli import main

    article = tmp_path / "a.txt"
    article.write_text("He said on Monday that prices rose next year.\n", encoding="utf-8")
    for date in (FIRST_REFERENCE, LAST_REFERENCE):
        assert main(["extract", str(article), "--date", date.isoformat(), "-q"]) == 0


# --- compare: a week-grain date against a day-grain relative date ------------------------


@pytest.mark.parametrize("old_when", ["this weekend", "last week", "at the weekend"])
def test_compare_week_grain_date_with_unresolved_day_word(old_when):
    findings = compare_texts(
        f"They met {old_when}.", "They met the same day.", reference_date="2024-05-01"
    )
    assert findings


# --- a multi-word name or a fraction split by other whitespace than one space ------------

SPACES = ["\n", "  ", "\t", "\xa0", "\u2009", "\r\n"]


@pytest.mark.parametrize("space", SPACES, ids=repr)
@pytest.mark.parametrize(
    "template, currency",
    [
        ("The fine was 7 US{s}dollars.", "US dollar"),
        ("It signed the US{s}$9bn contract.", "US dollar"),
        ("They paid eight million Australian{s}dollars.", "Australian dollar"),
        ("It raised 40 Hong{s}Kong{s}dollars.", "Hong Kong dollar"),
    ],
)
def test_multi_word_currency_split_by_any_whitespace(template, currency, space):
    text = template.format(s=space)
    quantities = [m for m in extract(text) if m.kind == "quantity"]
    assert [m.unit for m in quantities] == [currency]
    assert all(m.text == text[m.start : m.end] for m in quantities)


@pytest.mark.parametrize("space", SPACES, ids=repr)
def test_fraction_after_any_whitespace(space):
    text = f"The bridge cost 3{space}3/4 million."
    (q,) = [m for m in extract(text) if m.kind == "quantity"]
    assert q.value == 3_750_000


# --- figures too long for a float ---------------------------------------------------------


@pytest.mark.parametrize("digits", [250, 308, 309, 400, 401, 5000])
def test_figure_too_long_for_a_float_keeps_no_value(digits, tmp_path):
    from factcheck.checks import check_text
    from factcheck.cli import main

    n = "8" * digits
    text = (
        f"It made {n} dollars in 2016, up 5% from {n} dollars. It weighs {n} kg ({n} lb). "
        f"Of the {n} staff, {n} were men and {n} were women. Smith, {n}, said so. "
        f"It rose from {n} to {n}, a rise of {n}%. That is {n} million, the {n}th. "
        f"He is {n}ft 4in, or 6ft {n}in.\n"
    )
    for m in extract(text):
        assert m.text == text[m.start : m.end]
        for v in (m.value, m.low, m.high):
            assert v is None or abs(float(v)) < 1e250
    check_text(text)
    assert all(f.status == "match" for f in compare_texts(text, text))
    article = tmp_path / "big.txt"
    article.write_text(text, encoding="utf-8")
    for command in (["extract"], ["extract", "-f", "json"], ["check"]):
        assert main([*command, str(article), "-o", str(tmp_path / "out")]) in (0, 1)


# --- an internal error on one file: one line naming it, exit 2, the others reported -------


@pytest.fixture
def bug_on_boom(monkeypatch):
    """Make date extraction raise on any text that says BOOM: a stand-in for a bug of ours."""
    import factcheck.extract.dates as dates

    real = dates.find_dates

    def find_dates(text, *args, **kwargs):
        if "BOOM" in text:
            raise KeyError("a\nmulti-line\x1b[31m detail")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(dates, "find_dates", find_dates)


def _two_articles(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The bridge is 180 metres (900 feet) long.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("BOOM: it cost 5 dollars.\n", encoding="utf-8")
    return str(good), str(bad)


def _one_line_naming(err: str, name: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"factcheck: {name}: ") and "bug in factcheck" in lines[0]
    assert "Traceback" not in err and "\x1b" not in err


@pytest.mark.parametrize("command", ["extract", "check"])
def test_internal_error_in_one_file_is_one_line_and_the_others_are_reported(
    command, bug_on_boom, tmp_path, capsys
):
    import json

    from factcheck.cli import main

    good, bad = _two_articles(tmp_path)
    assert main([command, bad, good, "--format", "json"]) == 2
    out, err = capsys.readouterr()
    _one_line_naming(err, bad)
    doc = json.loads(out)
    if command == "check":
        assert {f["path"]: bool(f.get("error")) for f in doc["files"]} == {good: False, bad: True}
        assert doc["findings"]
    else:
        assert [f["file"] for f in doc["files"]] == [good]


def test_internal_error_in_compare_is_one_line(bug_on_boom, tmp_path, capsys):
    from factcheck.cli import main

    good, bad = _two_articles(tmp_path)
    assert main(["compare", good, bad]) == 2
    _one_line_naming(capsys.readouterr().err, bad)


def test_internal_error_in_diff_is_one_line_and_the_others_are_reported(
    bug_on_boom, tmp_path, monkeypatch, capsys
):
    import json
    import subprocess

    from factcheck.cli import main

    def git(*args):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("config", "user.email", "desk@example.org")
    git("config", "user.name", "Desk")
    (tmp_path / "a.txt").write_text("The bridge is 180 metres long.\n", encoding="utf-8")
    git("add", ".")
    git("-c", "commit.gpgsign=false", "commit", "-q", "-m", "first")
    (tmp_path / "a.txt").write_text("The bridge is 180 metres (900 feet) long.\n")
    (tmp_path / "b.txt").write_text("BOOM: it cost 5 dollars.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["diff", "--format", "json"]) == 2
    out, err = capsys.readouterr()
    _one_line_naming(err, "b.txt")
    doc = json.loads(out)
    assert {f["path"]: bool(f.get("error")) for f in doc["files"]} == {
        "a.txt": False,
        "b.txt": True,
    }


def test_internal_error_outside_any_file_is_one_line(monkeypatch, tmp_path, capsys):
    import factcheck.commands.common as common
    from factcheck.cli import main

    def broken_emit(*args, **kwargs):
        raise RuntimeError("a bug after every file was read")

    monkeypatch.setattr(common, "prepare", broken_emit)
    good, _ = _two_articles(tmp_path)
    assert main(["check", good]) == 2
    err = capsys.readouterr().err
    assert (
        err.startswith("factcheck: check: internal error (RuntimeError") and "Traceback" not in err
    )


# --- found by the campaign (bench/fuzz.py) -------------------------------------------------


def test_dateline_at_the_calendar_end_in_the_plausibility_rule():
    from factcheck.checks import check_text

    text = "The plant closed in 2016 and was sold in 2019."
    for ref in EDGE_DATES:
        check_text(text, ref)


@pytest.mark.parametrize("where", ["It cost 5\ud800 dollars.", "It cost\udfff 5 dollars."])
def test_lone_surrogate_in_a_finding_sentence(where):
    from factcheck.checks import check_text

    old = "The bridge is 180 metres (900 feet) long. It cost 4 dollars."
    new = old.replace("It cost 4 dollars.", where)
    assert compare_texts(old, new)
    check_text(new.replace("900", "9\udc00"))
