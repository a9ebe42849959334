"""export --format graphml (see chronologist.export.graph)."""
from chronologist.export.graph import export_graphml as export  # noqa: F401
