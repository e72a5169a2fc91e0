"""cscgraph: a knowledge graph of English children's social care policy, built from news articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cscgraph")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
