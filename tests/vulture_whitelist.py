"""Names that vulture cannot see used because a framework or the runtime uses them, not our code.

Read by tests/test_dead_code.py; route functions and click commands are left out by decorator there instead.
"""

import cscgraph.extract
from cscgraph.web.app import _SecurityHeaders

_SecurityHeaders.dispatch  # Starlette's BaseHTTPMiddleware calls dispatch() for every request
BaseException().__traceback__  # set to None to let go of the frames a QueryError holds (web/database.py)

cscgraph.extract.__getattr__  # PEP 562: Python calls a package's __getattr__ for a name it does not hold
