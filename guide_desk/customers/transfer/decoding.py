# SPDX-License-Identifier: Apache-2.0
"""Which encoding a CSV file is in, and its lines decoded in that one encoding — never a guess that garbles
the whole file because one byte is wrong.

A BOM decides. Otherwise UTF-8 is tried line by line: when most lines with non-ASCII text are valid UTF-8,
the file is UTF-8 and the few lines that are not are marked bad (their rows are rejected, naming the line
and the byte). When most are not, charset-normalizer picks among the encodings Chinese stores and POS
systems write (GB18030 — a superset of GBK and GB2312 —, Big5, Windows-1252/Latin-1) and lines that are
not valid in that encoding are marked bad the same way. A bad header line refuses the file."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from guide_desk.customers.transfer.reasons import FileRefused

CANDIDATES = ["gb18030", "big5", "cp1252"]
SAMPLE_BYTES = 512 * 1024
_NAMES = {"utf_8": "UTF-8", "utf-8": "UTF-8", "utf-8-sig": "UTF-8", "gb18030": "GB18030", "big5": "Big5",
          "cp1252": "Windows-1252", "utf-16": "UTF-16"}


@dataclass(frozen=True)
class BadLine:
    """Where a line stops being valid: the byte (as two hex digits) and its 1-based position in the line."""

    byte: str
    position: int


@dataclass
class DecodedLines:
    lines: list[str]
    encoding: str
    bad: dict[int, BadLine] = field(default_factory=dict)  # 1-based line number → where it breaks

    @property
    def label(self) -> str:
        return _NAMES.get(self.encoding, self.encoding)


def _split(text: str) -> list[str]:
    """Lines as the CSV reader sees them (\\n, \\r\\n or \\r), not str.splitlines' wider set."""
    return io.StringIO(text, newline="").readlines()


def _decode_lines(raw: list[bytes], encoding: str) -> DecodedLines:
    result = DecodedLines([], encoding)
    for number, line in enumerate(raw, start=1):
        try:
            result.lines.append(line.decode(encoding))
        except UnicodeDecodeError as exc:
            result.bad[number] = BadLine(f"{line[exc.start]:02X}", exc.start + 1)
            result.lines.append(line.decode(encoding, errors="replace"))
    return result


def _mostly_utf8(raw: list[bytes]) -> bool:
    good = bad = 0
    for line in raw:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad += 1
        else:
            good += 1
    return good >= bad


def _detect(raw: list[bytes]) -> str:
    sample = b"".join(line for line in raw if not line.isascii())[:SAMPLE_BYTES]
    best = from_bytes(sample, cp_isolation=CANDIDATES).best()
    return best.encoding if best is not None else "gb18030"


def decode_file(data: bytes, *, name: str) -> DecodedLines:
    """The file's lines (line ends kept, for the CSV reader) in its one encoding; FileRefused when the
    header line is not valid in it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise FileRefused("header_bytes", file=name, encoding="UTF-16", byte=f"{data[exc.start]:02X}",
                              position=exc.start + 1) from exc
        return DecodedLines(_split(text), "utf-16")
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raw = body.splitlines(keepends=True)
        encoding = "utf-8" if bom or _mostly_utf8(raw) else _detect(raw)
        result = _decode_lines(raw, encoding)
    else:
        return DecodedLines(_split(text), "utf-8-sig" if bom else "utf-8")
    if bom:
        result.encoding = "utf-8-sig"
    if 1 in result.bad:
        where = result.bad[1]
        raise FileRefused("header_bytes", file=name, encoding=result.label, byte=where.byte,
                          position=where.position)
    return result
