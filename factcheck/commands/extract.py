"""``factcheck extract FILE...``: list every quantity, date and time of articles."""

from __future__ import annotations

import argparse

from factcheck.commands.common import (
    add_date,
    add_format,
    add_limits,
    add_output,
    add_stdin_filename,
    file_failure,
    output_stream,
    print_error,
    refuse_overwriting,
)

HELP = "list every quantity, date and time in articles"
DESCRIPTION = """\
List every figure in the given articles: quantities with value, unit, counted
noun and qualifier; dates and times normalized to ISO 8601; each with its
character offsets (start, end) into the file's text. Markdown and HTML files
(.md, .markdown, .html, .htm) are read on their prose, as check reads them."""
EPILOG = """\
examples:
  factcheck extract examples/wire.txt
  factcheck extract --format json --date 2017-03-01 examples/wire.txt | jq '.mentions[0]'
  cat story.md | factcheck extract - --stdin-filename story.md
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files ('-' for stdin)")
    add_format(parser, ("text", "json"))
    add_date(parser)
    add_limits(parser)
    add_stdin_filename(parser)
    add_output(parser)
    parser.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="text output: also say why a bare number was read as a year or a count",
    )


def run(args: argparse.Namespace) -> int:
    import json

    from factcheck.budget import time_budget
    from factcheck.errors import FactcheckError, InputError
    from factcheck.source import read_text

    if args.stdin_filename and "-" not in args.files:
        raise FactcheckError("--stdin-filename names the article read from '-': give '-' as FILE")
    refuse_overwriting(args, args.files)
    results = []
    failed = False  # a file that could not be read or extracted: exit 2, the others listed
    for name in args.files:
        try:
            text = read_text(name, args.max_bytes)
            with time_budget(args.time_budget, name):
                shown = (args.stdin_filename or "-") if name == "-" else name
                results.append((shown, text, _mentions(shown, text, args.date)))
        except InputError as exc:
            print_error(exc)
            failed = True
        except Exception as exc:
            print_error(file_failure(name, exc))
            failed = True
    code = 2 if failed else 0
    with output_stream(args) as out:
        if out is None or not results:
            return code
        if args.format == "json":
            if len(args.files) == 1:
                doc = {"mentions": [m.to_dict() for m in results[0][2]]}
            else:
                from factcheck.report.layout import display_name

                names = [display_name(n) for n, _, _ in results]
                doc = {
                    "files": [
                        {"file": n, "mentions": [m.to_dict() for m in ms]}
                        for n, (_, _, ms) in zip(names, results)
                    ]
                }
                doc["mentions"] = [
                    dict(m.to_dict(), file=n) for n, (_, _, ms) in zip(names, results) for m in ms
                ]
            json.dump(doc, out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            for name, text, mentions in results:
                out.write(_text_report(name, text, mentions, verbose=args.verbose))
    return code


def _mentions(name: str, text: str, date) -> list:
    """The figures of one file. A Markdown or HTML article is read as ``check`` reads
    it, on its prose (no figures from CSS, attributes, comments or split entities:
    "&pound;48&nbsp;million" is one figure), each given back at its place in the file."""
    from factcheck.markup import HTML_SUFFIXES, MARKDOWN_SUFFIXES

    if not name.lower().endswith(MARKDOWN_SUFFIXES + HTML_SUFFIXES):
        from factcheck.extract import extract

        return extract(text, date)
    from factcheck.article import Article

    article = Article.from_text(text, path=name, reference_date=date)
    return [article.in_source(m) for m in article.mentions]


def _text_report(name: str, text: str, mentions: list, verbose: bool = False) -> str:
    from factcheck.report.layout import display_name, line_col

    shown = "<stdin>" if name == "-" else display_name(name)
    lines = [f"{shown}: {len(mentions)} figure{'s' if len(mentions) != 1 else ''}"]
    places = ["{}:{}".format(*line_col(text, m.start)) for m in mentions]  # one pass per text
    width = max(map(len, places), default=0)
    for m, place in zip(mentions, places):
        if m.kind == "quantity":
            bits = [_fmt(m.value) if m.value is not None else "?"]
            if m.low is not None or m.high is not None:
                bits.append(f"[{_fmt(m.low)}..{_fmt(m.high)}]")
            if m.unit:
                bits.append(m.unit)
            if m.noun:
                bits.append(f"of {m.noun}")
        else:
            bits = [m.iso or "(unresolved)", m.grain or ""]
        if m.qualifier != "exact":
            bits.append(f"({m.qualifier})")
        if m.change:
            bits.append(f"change={m.change}")
        if m.linked:
            bits.append(f"~ {m.linked}")
        if verbose and m.extra.get("reading"):
            bits.append(f"[{m.extra['reading']}]")  # the arbiter's evidence
        lines.append(
            f"  {place:<{width}}  {m.id:<4} {m.kind:<8} {m.text!r:<28} "
            + " ".join(b for b in bits if b)
        )
    return "\n".join(lines) + "\n"


def _fmt(x: float | None) -> str:
    if x is None:
        return ""
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"
