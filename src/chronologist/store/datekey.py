"""A BCE-safe sort key for the ISO days the store keeps (astronomical years: 264 BC = ``-0263``).

Text order is right for years 0 and later and wrong among negative years ("-0100" sorts before
"-0263"), so queries that order or filter across BCE dates use this integer key in SQL.
"""
from __future__ import annotations


def sql_key(column: str) -> str:
    """SQL for ``iso_key(column)`` over 'YYYY-MM-DD' / '-YYYY-MM-DD' (portable: SQLite and PostgreSQL)."""
    c = column
    year = (f"(CASE WHEN substr({c}, 1, 1) = '-' THEN -CAST(substr({c}, 2, length({c}) - 7) AS INTEGER) "
            f"ELSE CAST(substr({c}, 1, length({c}) - 6) AS INTEGER) END)")
    return (f"({year} * 10000 + CAST(substr({c}, length({c}) - 4, 2) AS INTEGER) * 100 "
            f"+ CAST(substr({c}, length({c}) - 1, 2) AS INTEGER))")
