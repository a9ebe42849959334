"""export --format gexf (see chronologist.export.graph)."""
from chronologist.export.graph import export_gexf as export  # noqa: F401
