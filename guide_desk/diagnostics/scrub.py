# SPDX-License-Identifier: Apache-2.0
"""Customer personal data out of free text (logs) before it goes into a support bundle.

Logs should hold ids, not people, but a traceback can quote a value or SQLAlchemy's `[parameters: …]`.
So: parameter dumps, e-mail addresses and long digit runs (phones, ids) go; so does every customer name,
given name, phone and WeCom id found in this install's database — matched by set lookups over CJK runs and
Latin word n-grams, which stays linear in the log size with 100k customers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from guide_desk.db.connect import DatabaseError, connect_local

PLACEHOLDER = "[redacted]"
PARAMETERS = re.compile(r"\[parameters: [^\n]*")
IDENTIFIER = re.compile(r"[\w+-]{5,}")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# Phones and long ids: seven or more digits in a row, international numbers written in groups
# (+44 7911 123456, +86 21-6123-4567), national ones in groups (138 0013 8000); not dates or times.
DIGITS = re.compile(r"(?<![\w.:])\+?\d{7,}(?!\w)"
                    r"|\+\d{1,3}(?:[ -]\d{2,6}){2,5}(?![\w:-])"
                    r"|(?<![\w.:+-])\d{2,4}[ -]\d{3,4}[ -]\d{4}(?![\w:-])")
CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff·]+")
LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:[ ][A-Za-z][A-Za-z'’-]*)*")
MAX_CJK_NAME = 8
MAX_LATIN_WORDS = 4


@dataclass
class Scrubber:
    """The personal strings of one install, and the rules that blank them in text."""

    cjk: set[str] = field(default_factory=set)
    latin: set[str] = field(default_factory=set)
    literal: set[str] = field(default_factory=set)

    @classmethod
    def from_database(cls, path: Path) -> Scrubber:
        scrubber = cls()
        if not path.exists():
            return scrubber
        connection = connect_local(path, readonly=True)
        try:
            rows = connection.execute(
                "SELECT name, name_given, phone_e164, phone_digits, wecom_external_id FROM customer").fetchall()
        except DatabaseError:
            rows = []
        finally:
            connection.close()
        for name, given, *identifiers in rows:
            scrubber.add_names([name, given])
            scrubber.literal.update(value for value in identifiers if value and len(value) >= 5)
        return scrubber

    def add_names(self, names: Iterable[str | None]) -> None:
        for name in names:
            text = (name or "").strip()
            if len(text) < 2:
                continue
            if CJK_RUN.fullmatch(text):
                self.cjk.add(text)
            else:
                self.latin.add(" ".join(text.lower().split()))

    def scrub(self, text: str) -> str:
        text = PARAMETERS.sub(f"[parameters: {PLACEHOLDER}]", text)
        if self.literal:
            text = IDENTIFIER.sub(lambda match: PLACEHOLDER if match.group(0) in self.literal else match.group(0), text)
        text = EMAIL.sub(PLACEHOLDER, text)
        text = DIGITS.sub(PLACEHOLDER, text)
        if self.cjk:
            text = CJK_RUN.sub(lambda match: self._cjk_run(match.group(0)), text)
        if self.latin:
            text = LATIN_WORDS.sub(lambda match: self._latin_words(match.group(0)), text)
        return text

    def _cjk_run(self, run: str) -> str:
        out, i = [], 0
        while i < len(run):
            for length in range(min(MAX_CJK_NAME, len(run) - i), 1, -1):
                if run[i:i + length] in self.cjk:
                    out.append(PLACEHOLDER)
                    i += length
                    break
            else:
                out.append(run[i])
                i += 1
        return "".join(out)

    def _latin_words(self, words: str) -> str:
        tokens = words.split(" ")
        out, i = [], 0
        while i < len(tokens):
            for length in range(min(MAX_LATIN_WORDS, len(tokens) - i), 0, -1):
                if " ".join(tokens[i:i + length]).lower() in self.latin:
                    out.append(PLACEHOLDER)
                    i += length
                    break
            else:
                out.append(tokens[i])
                i += 1
        return " ".join(out)
