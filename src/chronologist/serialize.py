"""Records to JSON-ready values and back (the store keeps each record's full form as JSON)."""
from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from typing import Any, Callable, Optional, Type, TypeVar, Union

T = TypeVar("T")


def plain(obj: Any) -> Any:
    """Dataclasses, tuples and nested containers as JSON-ready values."""
    if isinstance(obj, _SCALARS) or obj is None:
        return obj
    names = _public_fields(type(obj))
    if names is not None:
        return {n: plain(getattr(obj, n)) for n in names}
    if isinstance(obj, (list, tuple)):
        return [plain(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    return obj


_SCALARS = (str, int, float, bool)


@functools.lru_cache(maxsize=None)
def _public_fields(cls: type) -> Optional[tuple[str, ...]]:
    # Looked up once per class: dataclasses.fields() per object was a tenth of a build's storing time.
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls) if not f.name.startswith("_"))


def fields_of(obj: Any) -> dict:
    names = _public_fields(type(obj))
    if names is None:
        raise TypeError(f"{type(obj).__name__} is not JSON serialisable")
    return {n: getattr(obj, n) for n in names}


# The C encoder walks lists, tuples and dicts itself and asks ``fields_of`` only for records:
# the JSON of ``plain(obj)``, about three times faster than building ``plain(obj)`` first.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=fields_of)


def to_json(obj: Any) -> str:
    """Compact JSON of a record (or of containers of records): what the store keeps."""
    return _ENCODER.encode(obj)


@functools.lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _identity(value: Any) -> Any:
    return value


@functools.lru_cache(maxsize=None)
def _converter(tp: Any) -> Callable[[Any], Any]:
    """A function turning the JSON form of a ``tp`` value back into one; built once per type."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        record = next((a for a in args if dataclasses.is_dataclass(a)), None)
        as_tuple = any(typing.get_origin(a) is tuple for a in args)

        def union(value: Any) -> Any:
            if record is not None and isinstance(value, dict):
                return revive(record, value)
            if as_tuple and isinstance(value, list):
                return tuple(value)
            return value
        return union
    if origin is list:
        (inner,) = typing.get_args(tp) or (Any,)
        item = _converter(inner)
        if item is _identity:
            return list
        return lambda value: [None if v is None else item(v) for v in value]
    if origin is tuple:
        return tuple
    if origin is dict:
        return dict
    if dataclasses.is_dataclass(tp):
        return lambda value: revive(tp, value) if isinstance(value, dict) else value
    return _identity


@functools.lru_cache(maxsize=None)
def _init_fields(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    hints = _hints(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls) if f.init)


def revive(cls: Type[T], data: dict) -> T:
    """Rebuild a record from ``plain(record)``; unknown keys (from newer versions) are ignored."""
    kwargs = {}
    for name, convert in _init_fields(cls):
        if name in data:
            value = data[name]
            kwargs[name] = None if value is None else convert(value)
    return cls(**kwargs)
