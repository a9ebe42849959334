"""Decoding: byte-order marks are honoured, binary files and bad UTF-8 are refused with a reason."""
import codecs

import pytest

from chronologist.errors import InputError
from chronologist.ingest.decode import decode


@pytest.mark.parametrize("bom,encoding", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_byte_order_mark_is_honoured_and_not_part_of_the_text(bom, encoding):
    text = "Phnom Penh fell on 7 January 1979 — “liberation”."
    assert decode(bom + text.encode(encoding), "a.txt") == text


@pytest.mark.parametrize("data,what", [
    (b"%PDF-1.7\n...", "PDF"), (b"\x89PNG\r\n\x1a\n....", "PNG"), (b"PK\x03\x04rest", "zip"),
    (b"ab\x00cd", "NUL"),
])
def test_binary_files_are_refused_with_what_they_are(data, what):
    with pytest.raises(InputError) as exc:
        decode(data, "report.txt")
    assert "report.txt" in str(exc.value) and what in str(exc.value)


def test_invalid_utf8_names_the_byte_and_line():
    with pytest.raises(InputError, match=r"not valid UTF-8 \(byte 9, line 2\)"):
        decode(b"line one\n\xff\xfe bad", "latin.txt")
