"""The `re` module with `compile` giving each pattern its start set (`prefilter.compile_with_start_set`): patterns
modules import it as `re`, so that every pattern they compile skips to the characters a match can start with
instead of trying a match at every character of a body. Everything else is `re`'s own."""

from re import *  # noqa: F401,F403 (the whole of `re`'s interface)
from re import Match, Pattern, RegexFlag, error  # noqa: F401

from cscgraph.extract.prefilter import compile_with_start_set as compile  # noqa: F401
