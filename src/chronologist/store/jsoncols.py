"""Pick keys out of a JSON ``attrs`` column in SQL, so a list page does not parse every record whole
in Python (a famous entity's record lists thousands of roles and aliases)."""
from __future__ import annotations

import json

from chronologist.store.base import Store


def json_cols(store: Store, *keys: str, column: str = "attrs") -> str:
    """Select-list SQL giving one ``<key>_json`` text column per key (NULL when absent)."""
    if store.backend == "sqlite":
        return ", ".join(f"json_extract({column}, '$.{k}') AS {k}_json" for k in keys)
    return ", ".join(f"(({column})::json -> '{k}')::text AS {k}_json" for k in keys)


def from_json_cols(row: dict, *keys: str) -> dict:
    """Pop the ``<key>_json`` columns of a row, parsed (a missing key gives an empty list)."""
    return {k: json.loads(row.pop(f"{k}_json") or "[]") for k in keys}
