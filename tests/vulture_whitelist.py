"""Names that vulture cannot see used because a framework or the runtime uses them, not our code.

Read by tests/test_dead_code.py; route functions and click commands are left out by decorator there instead.
"""

from cscgraph.web.app import _SecurityHeaders

_SecurityHeaders.dispatch  # Starlette's BaseHTTPMiddleware calls dispatch() for every request
BaseException().__traceback__  # set to None to let go of the frames a QueryError holds (web/database.py)
