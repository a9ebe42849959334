"""HTML pages: main text and metadata through trafilatura."""
from __future__ import annotations

from chronologist.errors import InputError

# Below this, what trafilatura found is a menu or a widget, not an article.
MIN_WORDS = 5


def extract_html(html: str, path: str) -> tuple[str, dict]:
    """The page's main text (as trafilatura extracts it) and its title, author, date and url."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=False, favor_precision=True)
    except Exception as exc:  # trafilatura raises many types on broken markup
        raise InputError(path, f"HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    if result is None:
        raise InputError(path, "HTML has no main text (nothing that reads as an article)")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    if len(text.split()) < MIN_WORDS:
        raise InputError(path, "HTML has no main text (nothing that reads as an article)")
    title = data.get("title")
    # The title is kept as the first line of the text so that a headline's dates are cited in place.
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    meta = {k: data[k] for k in ("title", "author", "date", "url") if data.get(k)}
    return text, meta
