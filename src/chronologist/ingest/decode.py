"""Bytes to text: byte-order marks honoured, binary files and bad UTF-8 refused with a reason."""
from __future__ import annotations

import codecs

from chronologist.errors import InputError

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"%PDF", "a PDF file"), (b"\x89PNG", "a PNG image"), (b"PK\x03\x04", "a zip archive (or docx/epub)"),
    (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"), (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"), (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "an executable"),
)


def decode(data: bytes, path: str) -> str:
    """Decode a text file's bytes exactly; the result is what every offset indexes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"starts with a {encoding} byte-order mark but is not valid "
                                       f"{encoding} (byte {exc.start + len(bom)})") from None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"is {what}, not text; convert it to .txt, .md or .html first")
    if b"\x00" in data[:8192]:
        raise InputError(path, "contains NUL bytes: a binary file, or UTF-16 without a byte-order mark")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError(path, f"is not valid UTF-8 (byte {exc.start}, line {line}); "
                               "re-save it as UTF-8") from None
