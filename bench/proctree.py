"""Watch a process and all its descendants through /proc: resident memory (RSS and PSS) and CPU time.

RSS summed over forked workers counts pages they share twice; PSS (proportional set size, from
`/proc/PID/smaps_rollup`) splits shared pages between the processes, so its sum is the tree's real footprint.
Both are reported.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")


def stop(process: subprocess.Popen) -> None:
    """End a server started for a benchmark: SIGTERM, then SIGKILL if it has not gone within 20 s."""
    process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    return children


def tree(pid: int) -> list[int]:
    """`pid` and every descendant."""
    children = _children_map()
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, ()))
    return out


def _kb(path: str, key: str) -> int:
    try:
        with open(path) as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU of one live process (not its children)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(v) for v in fields[11:13]) / TICKS


@dataclass
class TreeSample:
    t: float
    rss_mb: float
    pss_mb: float
    processes: int
    cpu_s: float


@dataclass
class Watch:
    """Polls a process tree in a thread until stopped; keeps every sample."""

    pid: int
    interval: float = 0.5
    samples: list[TreeSample] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _start: float = 0.0
    _cpu_seen: dict[int, float] = field(default_factory=dict)

    def start(self) -> "Watch":
        self._start = time.monotonic()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = tree(self.pid)
            rss = sum(_kb(f"/proc/{p}/status", "VmRSS:") for p in pids)
            pss = sum(_kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids)
            for p in pids:
                self._cpu_seen[p] = max(self._cpu_seen.get(p, 0.0), cpu_seconds(p))
            self.samples.append(TreeSample(time.monotonic() - self._start, rss / 1024, pss / 1024, len(pids),
                                           sum(self._cpu_seen.values())))
            self._stop.wait(self.interval)

    @property
    def main_cpu_s(self) -> float:
        """CPU seconds of the watched process itself (last seen alive), without its children."""
        return self._cpu_seen.get(self.pid, 0.0)

    @property
    def peak_rss_mb(self) -> float:
        return max((s.rss_mb for s in self.samples), default=0.0)

    @property
    def peak_pss_mb(self) -> float:
        return max((s.pss_mb for s in self.samples), default=0.0)


def run_watched(cmd: list[str], *, env: dict[str, str] | None = None, interval: float = 0.5,
                stderr_lines: list[str] | None = None) -> tuple[int, float, Watch, float]:
    """Run `cmd`, watching its tree; returns (exit code, wall seconds, watch, CPU seconds of the whole tree)."""
    before = os.times()
    start = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watch = Watch(proc.pid, interval).start()
    lines = stderr_lines if stderr_lines is not None else []

    def drain() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(f"{time.monotonic() - start:.2f} {line.rstrip()}")

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    assert proc.stdout is not None
    out = proc.stdout.read()
    code = proc.wait()
    wall = time.monotonic() - start
    reader.join()
    watch.stop()
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    lines.append(f"{wall:.2f} stdout: {out.strip()}")
    return code, wall, watch, cpu
