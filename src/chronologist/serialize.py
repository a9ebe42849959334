"""Records to JSON-ready values and back (the store keeps each record's full form as JSON)."""
from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any, Type, TypeVar, Union

T = TypeVar("T")


def plain(obj: Any) -> Any:
    """Dataclasses, tuples and nested containers as JSON-ready values."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)
                if not f.name.startswith("_")}
    if isinstance(obj, (list, tuple)):
        return [plain(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    return obj


@functools.lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _revive(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        for a in args:
            if dataclasses.is_dataclass(a) and isinstance(value, dict):
                return revive(a, value)
        if any(typing.get_origin(a) is tuple for a in args) and isinstance(value, list):
            return tuple(value)
        return value
    if origin is list:
        (inner,) = typing.get_args(tp) or (Any,)
        return [_revive(inner, v) for v in value]
    if origin is tuple:
        return tuple(value)
    if origin is dict:
        return dict(value)
    if dataclasses.is_dataclass(tp) and isinstance(value, dict):
        return revive(tp, value)
    return value


def revive(cls: Type[T], data: dict) -> T:
    """Rebuild a record from ``plain(record)``; unknown keys (from newer versions) are ignored."""
    hints = _hints(cls)
    kwargs = {f.name: _revive(hints[f.name], data[f.name]) for f in dataclasses.fields(cls)
              if f.name in data and f.init}
    return cls(**kwargs)
