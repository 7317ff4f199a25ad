"""Reading articles from files: .txt, folders, .jsonl/.json/.csv records and .html pages.

Every input problem becomes an `IngestProblem` naming the file (and line) and the cause; reading
goes on with the other inputs. The text of an article is normalized only where it would
otherwise mislead every later step: line endings, NUL bytes, and Arabic presentation forms
(from old PDF tools) folded to ordinary letters.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from analysis.normalize import fold_presentation_forms
from analysis.records import Article, Paragraph
from analysis.safe_text import printable

TEXT_SUFFIXES = {".txt", ".text", ".md"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".json", ".csv"}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | RECORD_SUFFIXES | HTML_SUFFIXES
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_BINARY_MAGIC = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x1f\x8b",
    b"Rar!",
    b"7z\xbc\xaf",
    b"\x7fELF",
    b"MZ",
)


@dataclass(frozen=True)
class IngestProblem:
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return printable(f"{where}: {self.message}")  # (a file name may hold a newline)


# A file's bytes: an unpacked archive is a bytearray (unpacked in place, not copied).
Bytes = bytes | bytearray


class IngestError(ValueError):
    """A whole input cannot be read."""


def decode(data: Bytes) -> str:
    """Text of a file in UTF-8 (with or without BOM), UTF-16 or Windows-1256, detected."""
    return decode_noting(data)[0]


def decode_noting(data: Bytes) -> tuple[str, IngestProblem | None]:
    """`decode`, and a note (with the line) when bytes that are not UTF-8 stand in a UTF-8
    text: they are replaced by U+FFFD and the rest of the text is kept."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), None
    if _looks_utf16(data):
        return data.decode(_utf16_order(data), errors="replace"), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        if mostly_utf8(data):
            text = data.decode("utf-8", errors="replace")
            line = data.count(b"\n", 0, error.start) + 1
            return text, IngestProblem(
                "",
                f"{text.count(chr(0xFFFD))} bytes that are not UTF-8 replaced by U+FFFD; the text is kept",
                line,
            )
    return _decode_legacy(data), None


def mostly_utf8(data: Bytes, sample: int = 1 << 20) -> bool:
    """UTF-8 with a few bad bytes (a damaged file), rather than another encoding: of the
    non-ASCII characters of a sample, hardly any fail to decode."""
    text = data[:sample].decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    return bad <= 3 or bad * 20 <= non_ascii


def _decode_legacy(data: Bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1256", "utf_8", "iso8859_6", "cp1252"]).best()
    if best is None:
        raise IngestError("not text in a known encoding")
    return str(best)


def _utf16_order(data: Bytes) -> str:
    """Little-endian puts the high byte (0x00 for ASCII, 0x06 for Arabic) second."""
    sample = data[:2000]
    high_second = sum(1 for b in sample[1::2] if b in (0, 6))
    high_first = sum(1 for b in sample[0::2] if b in (0, 6))
    return "utf-16-le" if high_second >= high_first else "utf-16-be"


def _looks_utf16(data: Bytes) -> bool:
    """UTF-16 without BOM: every other byte of Arabic or ASCII text is a constant."""
    sample = data[:2000]
    if len(sample) < 4:
        return False
    odd, even = sample[1::2], sample[0::2]
    return (
        odd.count(0) > len(odd) * 0.3
        or even.count(0) > len(even) * 0.3
        or odd.count(6) > len(odd) * 0.4
        or even.count(6) > len(even) * 0.4
    )


_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return _GLUED_AFTER_TEH_MARBUTA.sub("ة ", fold_presentation_forms(no_surrogates(text)))


# A teh marbuta ends its word: a letter right after it is the next word, glued by a scraper
# (مراسلةالميادين، الروسيةأنّ، الأميركيةفي: in one Al Mayadeen article in twenty).
_GLUED_AFTER_TEH_MARBUTA = re.compile("ة(?=[\u0621-\u064a])")


def no_surrogates(text: str) -> str:
    """A JSON escape such as \\ud800 decodes to half a character, which no file or database
    can store: it becomes U+FFFD."""
    return _SURROGATES.sub("\ufffd", text)


def make_article(article_id: str, body: str, title: str | None = None, **meta) -> Article:
    """An article from a title and a body; paragraphs are the non-empty lines, the title is 0.

    With no title given, the first non-empty line of the body is the title.
    """
    lines = [line.strip() for line in clean_text(body).split("\n")]
    lines = [line for line in lines if line]
    if title is not None and clean_text(title).strip():
        lines.insert(0, " ".join(clean_text(title).split()))
    return stored_article(article_id, "\n".join(lines), lines[0] if lines else "", **meta)


def stored_article(article_id: str, text: str, title: str = "", **meta) -> Article:
    """An article as `make_article` made it, from its text: its lines are its paragraphs."""
    paragraphs, offset = [], 0
    for index, line in enumerate(text.split("\n") if text else []):
        paragraphs.append(Paragraph(index, offset, offset + len(line)))
        offset += len(line) + 1
    return Article(id=article_id, text=text, paragraphs=tuple(paragraphs), title=title, **meta)


def _is_binary(data: Bytes) -> bool:
    if data.startswith(_BINARY_MAGIC):
        return True
    sample = data[:4096]
    if not sample or _looks_utf16(sample):
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.1


def read_text_article(name: str, text: str) -> Article:
    if not text.strip():
        raise IngestError("empty file")
    return make_article(name, text)


def read_html_article(name: str, html: str) -> Article:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    text = getattr(extracted, "text", None) or ""
    if not text.strip():
        raise IngestError("no article text found in the HTML")
    return make_article(
        name,
        text,
        title=getattr(extracted, "title", None),
        date=getattr(extracted, "date", None),
        source=getattr(extracted, "sitename", None),
        url=getattr(extracted, "url", None),
    )


def _record_article(record: dict, fallback_id: str) -> Article:
    if not isinstance(record, dict):
        raise IngestError("record is not an object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError("record has no 'text'")
    meta = {
        k: (no_surrogates(str(record[k])) if record.get(k) not in (None, "") else None)
        for k in ("date", "source", "url")
    }
    title = record.get("title")
    article_id = no_surrogates(str(record.get("id") or fallback_id))
    return make_article(article_id, text, title=str(title) if title else None, **meta)


def read_records(name: str, suffix: str, data: Bytes) -> Iterator[Article | IngestProblem]:
    """Articles of a .jsonl/.json/.csv file; a bad record is reported and skipped."""
    stem = Path(name).stem
    if suffix in (".jsonl", ".ndjson"):
        for number, (line, damaged) in enumerate(_record_lines(data), 1):
            if damaged:
                yield IngestProblem(
                    name, "bytes that are not UTF-8 replaced by U+FFFD; the record is kept", number
                )
            if not line.strip():
                continue
            if not line.lstrip().startswith("{"):
                yield IngestProblem(name, "record is not an object", number)
                continue  # (not parsed: a file of millions of such lines is read quickly)
            try:
                yield _record_article(json.loads(line), f"{stem}:{number}")
            except json.JSONDecodeError as error:
                yield IngestProblem(name, f"not JSON ({error.msg})", number)
            except RecursionError:
                yield IngestProblem(name, "JSON nested too deeply", number)
            except IngestError as error:
                yield IngestProblem(name, str(error), number)
            except ValueError as error:  # an integer of 5,000 digits
                yield IngestProblem(name, f"not JSON ({str(error)[:120]})", number)
        return
    text, note = decode_noting(data)
    if note is not None:
        yield replace(note, path=name)
    if suffix == ".json":
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError as error:
            yield IngestProblem(name, f"not JSON ({error.msg} at line {error.lineno})")
            return
        except RecursionError:
            yield IngestProblem(name, "JSON nested too deeply")
            return
        except ValueError as error:  # an integer of thousands of digits
            yield IngestProblem(name, f"not JSON ({str(error)[:200]})")
            return
        records = loaded if isinstance(loaded, list) else [loaded]
        for number, record in enumerate(records, 1):
            try:
                yield _record_article(record, f"{stem}:{number}")
            except IngestError as error:
                yield IngestProblem(name, f"record {number}: {error}")
    else:
        # (a field may be as long as the file: an article's text in one cell)
        csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "text" not in reader.fieldnames:
            yield IngestProblem(name, "CSV has no 'text' column")
            return
        for number, row in enumerate(reader, 2):
            try:
                yield _record_article(row, f"{stem}:{number}")
            except IngestError as error:
                yield IngestProblem(name, str(error), number)


def _record_lines(data: Bytes) -> Iterator[tuple[str, bool]]:
    """The lines of a JSON Lines file, decoded one at a time (an archive's whole text, or a list
    of its lines, would double its size in memory), each with whether bad bytes in a UTF-8
    file were replaced in it. UTF-16 files are decoded whole; a line of another encoding is
    decoded as detected."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16(data):
        for line in decode(data).split("\n"):
            yield line, False
        return
    utf8: bool | None = None  # decided at the first line that is not UTF-8
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    while start <= len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        raw = data[start:end]
        try:
            yield raw.decode("utf-8"), False
        except UnicodeDecodeError:
            if utf8 is None:
                utf8 = mostly_utf8(data)
            if utf8:
                yield raw.decode("utf-8", errors="replace"), True
            else:
                try:
                    yield _decode_legacy(raw), False
                except IngestError:
                    yield raw.decode("utf-8", errors="replace"), True
        start = end + 1


# A compressed file may unpack to this many times the size limit, no more (gzip bombs: a
# megabyte of zeros unpacks to a gigabyte). The 50k-article bulk corpus unpacks to 4 times
# its 46 MB.
GZIP_FACTOR = 8


def _gunzip(data: Bytes, limit: int) -> tuple[Bytes, bool]:
    """The unpacked bytes of every member of a gzip file (`cat a.gz b.gz` is one file), and
    whether the last member was complete (a truncated download is read as far as it goes).
    Unpacked a chunk at a time into one buffer, so that a bomb costs the limit, no more."""
    out, rest = bytearray(), data
    while rest:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        tail = rest
        while tail and not decompressor.eof:
            out += decompressor.decompress(tail, GZIP_CHUNK)
            tail = decompressor.unconsumed_tail
            if len(out) > limit:
                raise IngestError(f"unpacks to more than {limit:,} bytes; skipped")
        if not decompressor.eof:
            out += decompressor.flush()
            return out, False
        rest = decompressor.unused_data.lstrip(b"\x00")  # (padding between members)
    return out, True


GZIP_CHUNK = 1 << 24
# Problems listed per file; the rest are counted in one last message (a file of ten million
# bad lines gives 200 messages, not ten million).
MAX_PROBLEMS_PER_FILE = 200


def read_bytes(
    name: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | IngestProblem]:
    """Articles from the bytes of one file called `name` (its suffix picks the format;
    NAME.jsonl.gz and the like are unpacked first)."""
    listed = unlisted = 0
    for item in _read_bytes(name, data, max_bytes):
        if isinstance(item, IngestProblem):
            if listed >= MAX_PROBLEMS_PER_FILE:
                unlisted += 1
                continue
            listed += 1
        yield item
    if unlisted:
        yield IngestProblem(name, f"{unlisted:,} more problems in this file, not listed")


def _read_bytes(name: str, data: Bytes, max_bytes: int) -> Iterator[Article | IngestProblem]:
    if name.lower().endswith(".gz"):
        try:
            data, complete = _gunzip(data, max_bytes * GZIP_FACTOR)
        except (IngestError, zlib.error, EOFError) as error:
            yield IngestProblem(name, f"not a readable gzip file ({error})")
            return
        if not complete:
            yield IngestProblem(
                name, f"the gzip file ends early (truncated): read as far as it goes ({len(data):,} bytes)"
            )
            if data.count(b"\n") and not data.endswith(b"\n"):
                data = data[: data.rfind(b"\n")]  # (the cut last line is no record)
        name = name[:-3]
        max_bytes *= GZIP_FACTOR
    suffix = Path(name).suffix.lower()
    if len(data) > max_bytes:
        yield IngestProblem(name, f"larger than the limit of {max_bytes:,} bytes; skipped")
        return
    if not data or data.isspace():  # (no copy of a large file, unlike strip())
        yield IngestProblem(name, "empty file")
        return
    if _is_binary(data):
        yield IngestProblem(name, "binary file (not text); skipped")
        return
    try:
        if suffix in RECORD_SUFFIXES:
            yield from read_records(name, suffix, data)
            return
        text, note = decode_noting(data)
        if note is not None:
            yield replace(note, path=name)
        if suffix in HTML_SUFFIXES:
            yield read_html_article(Path(name).name, text)
        else:
            yield read_text_article(Path(name).name, text)
    except IngestError as error:
        yield IngestProblem(name, str(error))
    except (RecursionError, csv.Error) as error:  # (a field over the CSV limit, deep JSON)
        yield IngestProblem(name, f"cannot be read ({str(error)[:200]})")


def readable_name(path: Path) -> bool:
    name = path.name.lower().removesuffix(".gz")
    return Path(name).suffix in SUFFIXES


def iter_files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if (
                child.is_file()
                and readable_name(child)
                and not any(part.startswith(".") for part in child.relative_to(path).parts)
            ):
                yield child
    else:
        yield path


def input_files(paths: Iterable[str | Path]) -> Iterator[Path | IngestProblem]:
    """The readable files of the given files and folders (recursively), in order."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield IngestProblem(str(path), "no such file or folder")
            continue
        yield from iter_files(path)


def read_input(file: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | IngestProblem:
    """The bytes of a regular file within the size limit (checked before reading: a pipe or a
    device would never end, a huge file would be read whole only to be refused)."""
    try:
        status = file.stat()
        if not stat.S_ISREG(status.st_mode):
            return IngestProblem(str(file), "not a regular file (a pipe, socket or device); skipped")
        limit = max_bytes * GZIP_FACTOR if file.name.lower().endswith(".gz") else max_bytes
        if status.st_size > limit:
            return IngestProblem(str(file), f"larger than the limit of {limit:,} bytes; skipped")
        return file.read_bytes()
    except OSError as error:
        return IngestProblem(str(file), f"cannot read ({error.strerror})")


def read_file(
    file: Path, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | IngestProblem]:
    """The articles of one file's bytes, each knowing the file it came from."""
    for item in read_bytes(str(file), data, max_bytes):
        yield replace(item, path=str(file)) if isinstance(item, Article) else item


def read_paths(
    paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | IngestProblem]:
    """Articles from files and folders (recursively), with a problem for each unreadable input."""
    for file in input_files(paths):
        if isinstance(file, IngestProblem):
            yield file
            continue
        data = read_input(file, max_bytes)
        if isinstance(data, IngestProblem):
            yield data
        else:
            yield from read_file(file, data, max_bytes)
