# Spindle's trace probe.
#
# `spindle trace SCRIPT.py ARGS...` runs `python3 -c "<this file>" SCRIPT.py ARGS...` with
# SPINDLE_TRACE_FD naming the write end of a pipe Spindle reads. The probe wraps Python's
# threads, locks, queues, processes etc., runs the script as __main__, and reports every
# operation as one line (see docs/trace-format.md, "Traced Python programs"):
#
#     TIME \t PID \t SERIAL \t VERB \t ARG... \t LOCATION
#
# Rules this file keeps everywhere:
# - The probe never changes what the program does: every wrapper calls the real primitive,
#   and every probe-internal error is swallowed (counted, and said once as a `warn`).
# - Only the program's own primitives are traced: what the standard library creates for
#   itself (a Queue's Conditions, a pool's locks) is the real, untraced class.
# - Lines of one process are in the order things happened: a line is appended under the
#   probe lock, and an operation's line is written while the primitive orders it (after an
#   acquire succeeded, before a release).
# - Standard library only, Python 3.9+; no output of its own on stdout/stderr.
# It is embedded into Spindle as a Swift raw string, so it never contains a quote triple
# followed by a hash sign, nor control characters other than newline.

import sys

if sys.version_info < (3, 9):
    sys.stderr.write("spindle's probe needs Python 3.9 or later; this is %d.%d\n" % sys.version_info[:2])
    sys.exit(1)

import _thread
import atexit
import collections
import itertools
import linecache
import os
import queue
import re
import runpy
import sysconfig
import threading
import time
import warnings
import weakref

# ---------------------------------------------------------------------------------------
# The real things, taken before anything is wrapped.

_real_sleep = time.sleep
_mono = time.monotonic_ns
_ident = _thread.get_ident
_allocate = _thread.allocate_lock
_RealRLock = _thread.RLock
_getframe = sys._getframe
_RealCondition = threading.Condition
_RealSemaphore = threading.Semaphore
_RealBoundedSemaphore = threading.BoundedSemaphore
_RealEvent = threading.Event
_RealBarrier = threading.Barrier
_RealThread = threading.Thread
_real_lock_factory = threading.Lock
_real_rlock_factory = threading.RLock
_RealQueue = queue.Queue
_RealLifoQueue = queue.LifoQueue
_RealPriorityQueue = queue.PriorityQueue
_RealSimpleQueue = queue.SimpleQueue
_real_exit = os._exit
_real_waitpid = os.waitpid
_real_fork = os.fork

# After this many rounds reported in full (lock acquire/release pairs, queue puts and gets,
# sleep(0)), a thread's further rounds are counted instead of reported (the gate; see _Lock
# and _QueueMixin). SPINDLE_PROBE_GATE=0 turns the gate off (to measure the full path).
_GATE = 50
# In a gated burst, a contended acquire first waits this long without saying so: a busy
# loop on two threads hands the lock over at every step (CPython's lock convoy), and
# reporting each handover would flood the pipe. Only a longer wait is reported as `block`.
_QUIET_WAIT = 0.005
# A gated resynchronisation of a queue's contents reports at most this many items.
_SYNC_CAP = 200
# A pipe write of at most PIPE_BUF bytes is atomic, so processes never interleave lines.
_CHUNK = 4096

# ---------------------------------------------------------------------------------------
# Probe state. Everything here is reset in a forked child (_after_fork_child).

_fd = None            # the trace pipe; None when not tracing
_pid = os.getpid()
_root_pid = _pid
_buf = []             # pending lines, whole lines with their newline
_plock = _allocate()  # orders appends (and what must be ordered with them)
_flock = _allocate()  # one flusher at a time, so chunks leave in order
_recs = {}            # thread ident -> _Rec
_serials = itertools.count(1)
_keys = itertools.count(1)
_hidden = {}          # traced lock -> _Rec of the thread whose acquire is not reported yet
_gated_locks = weakref.WeakSet()
_dirty = set()        # queues whose contents changed in ways not reported yet (gated puts/gets)
_problems = 0         # internal errors swallowed
_warned = set()
_exit_code = 0
_forking = {"name": None, "serial": 0, "parent": 0}
_script = None
_script_dir = None
_stdlib_dirs = ()
_display = {}         # code filename -> display name, "" for code that is not the user's
_names = {}           # (file, line) -> [names on the line, count made there]
_kind_counts = {}


class _Rec:
    """One thread as the probe knows it: its serial, and the gate's counters."""

    __slots__ = ("serial", "name", "burst", "quiet", "mute", "failure", "ended", "head")

    def __init__(self, serial, name, mute=False):
        self.serial = serial
        self.name = name
        self.burst = 0       # rounds reported in full since the thread last did anything else
        self.quiet = {}      # lock or _Quiet -> rounds counted, not reported, since the last note
        self.head = "\t%d\t%d\t" % (_pid, serial)  # what follows the time in its lines
        self.mute = mute     # a thread of the standard library's own (not shown)
        self.failure = None  # "ExcType: message" if its run() raised
        self.ended = False


def _oops():
    """An internal error: swallow it, and say once that something was not traced."""
    global _problems
    _problems += 1
    if _problems == 1:
        try:
            _warn_once("problem", "Spindle's probe hit an internal error; part of the trace may be missing")
        except Exception:
            pass


# ---------------------------------------------------------------------------------------
# Writing lines.

_CONTROL = {i: " " for i in range(32)}
_CONTROL[127] = " "


def _clean(text, limit=60):
    """A field: no tabs, newlines or other control characters, at most `limit` characters."""
    try:
        text = str(text)
    except Exception:
        text = "?"
    text = text[: limit * 2].translate(_CONTROL)[:limit]
    return text if text else "-"


def _put(r, body, loc):
    """Appends one line for thread `r`: no end of a gated burst (see _ev)."""
    if r.mute or _fd is None:
        return
    with _plock:
        _buf.append("%d%s%s\t%s\n" % (_mono(), r.head, body, loc))
    if len(_buf) > 400:
        _flush()


def _ev(r, body, loc):
    """Appends a line for anything but a lock round: it ends the thread's gated burst first,
    so whatever it hid is reported before something that could observe it."""
    if r.burst:
        _settle(r)
        r.burst = 0
    _put(r, body, loc)


def _flush():
    """Writes every pending line, in chunks of whole lines of at most PIPE_BUF bytes."""
    global _fd
    if not _buf or _fd is None:
        return
    with _flock:
        n = len(_buf)
        if not n:
            return
        lines = _buf[:n]
        del _buf[:n]  # lines appended meanwhile stay, after these
        data = "".join(lines).encode("utf-8", "replace")
        try:
            # Chunks end at a newline: the last one within _CHUNK bytes (a longer line, which
            # _clean's limits rule out, would go whole).
            start, size = 0, len(data)
            while size - start > _CHUNK:
                end = data.rfind(b"\n", start, start + _CHUNK) + 1
                if end <= start:
                    end = data.find(b"\n", start) + 1
                os.write(_fd, data[start:end])
                start = end
            if start < size:
                os.write(_fd, data[start:])
        except OSError:
            # Spindle has gone (EPIPE): stop tracing, let the program go on.
            _fd = None


def _me():
    """The calling thread's record; a thread the probe did not see start gets one now."""
    r = _recs.get(_ident())
    if r is None:
        serial = next(_serials)
        r = _Rec(serial, "Thread-%d" % serial)
        _recs[_ident()] = r
    return r


def _warn_once(what, text):
    if what in _warned:
        return
    _warned.add(what)
    r = _recs.get(_ident()) or _Rec(0, "main")
    _put(r, "warn\t" + _clean(text, 200), "")


def _timed(timeout):
    """The TIMED field: `-` when waiting forever."""
    if timeout is None:
        return "-"
    try:
        t = float(timeout)
    except Exception:
        return "-"
    if t < 0:
        return "-"
    return repr(t)


def _waiting(r, loc, wait_body, call):
    """`call()`, which will block when `wait_body` is given: then the wait is reported (and
    flushed, so a program stuck there shows it) before, and `run` after, however it ends."""
    if not wait_body:
        return call()
    _ev(r, wait_body, loc)
    _flush()
    try:
        return call()
    finally:
        _put(r, "run", loc)


# ---------------------------------------------------------------------------------------
# Where in the user's code: walk outward past the probe's frames (file "<string>") and the
# standard library's.

def _classify(filename):
    display = ""
    try:
        if not filename.startswith("<"):
            full = os.path.abspath(filename)
            lib = full.startswith(_stdlib_dirs) or "/site-packages/" in full or "/dist-packages/" in full
            if not lib:
                rel = os.path.relpath(full, _script_dir) if _script_dir else full
                display = os.path.basename(full) if rel.startswith("..") else rel
                display = _clean(display, 120)
    except Exception:
        display = ""
    _display[filename] = display
    return display


def _user_frame(f):
    """The first frame from `f` outward that is the user's code, or None."""
    while f is not None:
        fn = f.f_code.co_filename
        d = _display.get(fn)
        if d is None:
            d = _classify(fn)
        if d:
            return f
        f = f.f_back
    return None


_code_display = {}  # code object -> its file's display name ("" when not the user's)
_places = {}  # (code object, instruction offset) -> "file:line", the same every time


def _where():
    """`file:line` of the user's code that called into the probe, or "". Runs for every
    reported line, so it skips the probe's own frames (two at least) and looks code objects
    up in a cache rather than classifying file names again."""
    try:
        f = _getframe(2)
    except ValueError:  # called from the bottom of a stack (an exit handler)
        return ""
    cache = _code_display
    while f is not None:
        code = f.f_code
        d = cache.get(code)
        if d is None:
            fn = code.co_filename
            d = _display.get(fn)
            if d is None:
                d = _classify(fn)
            cache[code] = d
        if d:
            # A frame's line number is decoded from its code's line table on every read;
            # the place of an instruction never changes, so it is worked out once.
            spot = (code, f.f_lasti)
            place = _places.get(spot)
            if place is None:
                place = _places[spot] = "%s:%d" % (d, f.f_lineno)
            return place
        f = f.f_back
    return ""


def _is_user(f):
    """Whether frame `f` itself (the direct caller) is the user's code."""
    if f is None:
        return False
    fn = f.f_code.co_filename
    d = _display.get(fn)
    if d is None:
        d = _classify(fn)
    return bool(d)


def _loc_of(f):
    if f is None:
        return ""
    return "%s:%d" % (_display.get(f.f_code.co_filename) or "", f.f_lineno)


_ASSIGN = re.compile(r"\s*([A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*)\s*(?::[^=]*)?=(?!=)")


def _name_for(kind, f):
    """The variable a primitive is assigned to, read from the creating source line
    (`a = threading.Lock()` -> `a`; `a, b = Lock(), Lock()` -> `a` then `b`), else
    `Lock 3`."""
    try:
        if f is not None:
            key = (f.f_code.co_filename, f.f_lineno)
            entry = _names.get(key)
            if entry is None:
                line = linecache.getline(f.f_code.co_filename, f.f_lineno)
                m = _ASSIGN.match(line)
                names = []
                if m:
                    names = [part.strip().split(".")[-1] for part in m.group(1).split(",")]
                entry = [names, 0]
                _names[key] = entry
            names, made = entry
            entry[1] = made + 1
            if names:
                if made < len(names):
                    return _clean(names[made])
                return _clean("%s %d" % (names[-1], made - len(names) + 2))
    except Exception:
        pass
    n = _kind_counts.get(kind, 0) + 1
    _kind_counts[kind] = n
    return "%s %d" % (kind, n)


def _new_resource(kind, capacity, label, f=None):
    """Declares a primitive; returns its key (unique across processes: pid.n)."""
    key = "%d.%d" % (_pid, next(_keys))
    if f is None:
        f = _user_frame(_getframe(1))
    name = _name_for(label, f)
    cap = "-" if capacity is None else str(int(capacity))
    _ev(_me(), "resource\t%s\t%s\t%s\t%s" % (key, kind, cap, name), _loc_of(f))
    return key, name


_SIMPLE = (int, float, str, bytes, bool, type(None))


def _label(item, depth=0):
    """A short label for a queued item, the same for its put and its get. Never calls the
    user's __repr__ (it could be slow or have effects): other objects show their type."""
    try:
        t = type(item)
        if t is str:
            text = repr(item[:24])
        elif t is bytes:
            text = repr(item[:24])
        elif t is int:
            text = repr(item) if -10 ** 30 < item < 10 ** 30 else "int"
        elif t in _SIMPLE:
            text = repr(item)
        elif t is tuple and depth < 2 and len(item) <= 4:
            parts = [_label(x, depth + 1) for x in item]
            text = "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"
        else:
            text = t.__name__
        return _clean(text, 24)
    except Exception:
        return "item"


# ---------------------------------------------------------------------------------------
# The gate. A thread's lock rounds (acquire ... release) are reported in full until it has
# done _GATE of them with nothing else in between; then an uncontended acquire is only
# recorded in _hidden (lock -> thread) and, if the matching release comes before anything
# that could observe it, the pair is counted in rec.quiet and never written. Anything that
# could observe a hidden acquire reports it first ("exposes" it):
# - the holder's next other line (_ev -> _settle),
# - another thread about to report `block` on that lock (_expose),
# - the flusher, when the same acquire is still hidden 100 ms later (the holder may be stuck
#   in something the probe does not see), and fork, thread end and process end.
# Taking a lock out of _hidden is dict.pop, atomic under the GIL, so exactly one of the
# holder's release and an observer gets it; the observer writes the acquire under _plock
# and a release that lost the race writes its line under _plock too, after it.
# Counts become one `note` per (thread, lock) every 100 ms and when the burst ends.

def _expose(lock):
    """Reports the hidden acquire of `lock`, if any, as its holder's."""
    with _plock:
        r = _hidden.pop(lock, None)
        if r is None or r.mute or _fd is None:
            return
        lock._held = r
        line = "%d\t%d\t%d\top\t%s\tacquire\t-\t%s\n" % (_mono(), _pid, r.serial, lock._key, lock._loc)
        _buf.append(line * max(1, getattr(lock, "_depth", 1) or 1))


class _Quiet:
    """What a count in _Rec.quiet is of, other than a lock's rounds: a queue's puts or gets,
    or sleep(0)."""

    __slots__ = ("queue", "verb")

    def __init__(self, queue, verb):
        self.queue = queue
        self.verb = verb

    def text(self, who, n):
        count = format(n, ",")
        items = "item" if n == 1 else "items"
        if self.verb == "put":
            return "%s put %s %s more into %s" % (who, count, items, self.queue._sp_name)
        if self.verb == "get":
            return "%s got %s %s more from %s" % (who, count, items, self.queue._sp_name)
        return "%s called sleep(0) %s time%s more" % (who, count, "" if n == 1 else "s")


_SLEEP0 = _Quiet(None, "sleep")


def _note_quiet(r):
    """The note for the rounds `r` did without reporting them."""
    if not r.quiet:
        return
    counts, r.quiet = r.quiet, {}
    for what, n in list(counts.items()):
        if n > 0:
            if type(what) is _Quiet:
                text = what.text(r.name, n)
            else:
                text = "%s took and released %s %s time%s more" % (r.name, what._name, format(n, ","), "" if n == 1 else "s")
            _put(r, "note\t%s" % _clean(text, 120), "")


def _settle(r, held=None):
    """Before `r` reports anything else: its hidden acquires, what the queues really hold,
    then its counts. `held` is a queue whose mutex the caller holds."""
    if _hidden:
        for lock, holder in list(_hidden.items()):
            if holder is r:
                _expose(lock)
    if _dirty:
        _resync_all(held)
    _note_quiet(r)


def _settle_everyone(held=None):
    for lock in list(_hidden):
        _expose(lock)
    if _dirty:
        _resync_all(held)
    for r in list(_recs.values()):
        _note_quiet(r)


def _resync_all(held=None, wait=0.02):
    """Resynchronises every queue with gated operations; a queue whose mutex cannot be had
    soon (another thread holds it, maybe waiting for one the caller holds) stays for later."""
    for q in list(_dirty):
        if q is held:
            _resync(q)
            continue
        try:
            mutex = q.mutex
            if mutex.acquire(True, wait):
                try:
                    _resync(q)
                finally:
                    mutex.release()
        except Exception:
            _oops()


def _resync(q):
    """Makes Spindle's view of queue `q` (q._sp_shown, the labels it was told, in its order)
    what the queue really holds, with `op get` lines for what left (as the thread that took
    items last) and `op put` lines for what came (as the thread that put items last).
    The caller holds q.mutex."""
    _dirty.discard(q)
    if not q._sp_dirty:
        return
    q._sp_dirty = False
    shown = q._sp_shown
    total = len(q.queue)
    real = [_label(x) for x in itertools.islice(q.queue, _SYNC_CAP)]
    old = list(shown)
    n = len(old)
    # The fewest oldest items to take away so that the rest begins what the queue holds.
    k = 0
    while k < n and old[k:] != real[: n - k]:
        k += 1
    key = q._sp_key
    getter = _alive(q._sp_getter, q._sp_putter)
    putter = _alive(q._sp_putter, q._sp_getter)
    for label in old[:k]:
        _put(getter, "op\t%s\tget\t%s" % (key, label), "")
    for label in real[n - k:]:
        _put(putter, "op\t%s\tput\t%s" % (key, label), "")
    shown.clear()
    shown.extend(real)
    if total > len(real):
        _put(putter, "note\t%s" % _clean("%s holds %s items; the stage shows the first %d" % (
            q._sp_name, format(total, ","), len(real)), 120), "")


def _alive(r, other):
    """Who reports a resynchronisation's lines: `r` if it may still report, else `other`, else
    the calling thread if the probe knows it."""
    for who in (r, other, _recs.get(_ident())):
        if who is not None and not who.ended:
            return who
    return r or other or _Rec(0, "main")


# ---------------------------------------------------------------------------------------
# Locks. threading.Lock and threading.RLock are factories; user code gets these classes,
# the standard library the real locks (decided by the creating frame).

def _got(lock, r):
    """A full report of an acquire that succeeded at once."""
    if r is None:
        r = _me()
    loc = _where()
    lock._loc = loc
    lock._held = r
    _put(r, "op\t%s\tacquire\t-" % lock._key, loc)


def _blocking_acquire(lock, lk, blocking, timeout):
    """The acquire that could not take `lk` at once: maybe a quiet short wait in a gated burst,
    else `block`, the real wait, then `op acquire` + `run` (or `run` + a note if it gave up)."""
    if not blocking:
        return False
    r = _me()
    if r.burst >= _GATE:
        first = _QUIET_WAIT if timeout is None or timeout < 0 else min(_QUIET_WAIT, timeout)
        deadline = _mono() + int(first * 1e9)
        while True:
            _real_sleep(0)
            if lk.acquire(False):
                _hidden[lock] = r
                return True
            if _mono() >= deadline:
                break
        if timeout is not None and timeout >= 0:
            timeout = max(0.0, timeout - first)
    # The thread that has the lock may not have said so yet (its line comes right after its
    # real acquire): give it a moment, so that no `block` is reported on a lock shown free.
    for _ in range(200):
        if lock._held is not None or lock in _hidden:
            break
        _real_sleep(0)
        if lk.acquire(False):
            if r.burst >= _GATE:
                _hidden[lock] = r
            else:
                _got(lock, r)
            return True
    loc = _where()
    try:
        _settle(r)
        _expose(lock)
        _put(r, "block\t%s\t%s" % (lock._key, _timed(timeout if timeout is None or timeout >= 0 else None)), loc)
        _flush()
    except Exception:
        _oops()
    ok = lk.acquire(True, -1 if timeout is None else timeout)
    try:
        if ok:
            lock._loc = loc
            lock._held = r
            _put(r, "op\t%s\tacquire\t-" % lock._key, loc)
            _put(r, "run", loc)
        else:
            _put(r, "run", loc)
            _put(r, "note\t%s" % _clean("%s gave up waiting for %s after %s s" % (r.name, lock._name, _timed(timeout)), 120), loc)
    except Exception:
        _oops()
    return ok


class _Lock:
    """threading.Lock for the user's code: the real lock inside, reported (and gated)."""

    __slots__ = ("_lk", "_key", "_name", "_loc", "_held", "__weakref__")

    def __init__(self, f):
        self._lk = _allocate()
        self._loc = ""
        self._held = None  # the thread whose acquire Spindle was told, until its release
        self._key, self._name = _new_resource("lock", None, "Lock", f)

    def acquire(self, blocking=True, timeout=-1):
        if self._lk.acquire(False):
            r = _recs.get(_ident())
            if r is not None and r.burst >= _GATE:
                _hidden[self] = r
                return True
            _got(self, r)
            return True
        if timeout is None or (timeout != -1 and (timeout < 0 or not blocking)):
            return self._lk.acquire(blocking, timeout)  # the real error
        return _blocking_acquire(self, self._lk, blocking, timeout)

    def __enter__(self):
        return self.acquire()

    def release(self):
        r = _hidden.pop(self, None)
        if r is not None:
            self._lk.release()
            q = r.quiet
            q[self] = q.get(self, 0) + 1
            return
        if not self._lk.locked():
            self._lk.release()  # raises the real error
        r = _me()
        self._held = None
        _put(r, "op\t%s\trelease\t-" % self._key, _where())
        r.burst += 1
        if r.burst == _GATE:
            _gated_locks.add(self)
        self._lk.release()

    def __exit__(self, *exc):
        self.release()

    def locked(self):
        return self._lk.locked()

    # What threading.Condition uses when this lock is its lock.
    def _is_owned(self):
        if self._lk.acquire(False):
            self._lk.release()
            return False
        return True

    def _release_save(self):
        self.release()

    def _acquire_restore(self, state):
        self.acquire()

    def _at_fork_reinit(self):
        self._lk = _allocate()

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % ("locked" if self._lk.locked() else "unlocked", id(self))


class _RLock:
    """threading.RLock for the user's code; also the lock of a traced Condition made without
    one (then its resource is the condition itself, kind `condition`)."""

    __slots__ = ("_lk", "_key", "_name", "_loc", "_depth", "_held", "__weakref__")

    def __init__(self, f, kind="rlock", label="RLock", key=None, name=None):
        self._lk = _RealRLock()
        self._loc = ""
        self._held = None
        self._depth = 0  # changed only by the owner
        if key is None:
            key, name = _new_resource(kind, None, label, f)
        self._key, self._name = key, name

    def acquire(self, blocking=True, timeout=-1):
        if self._lk.acquire(False):
            d = self._depth
            self._depth = d + 1
            r = _recs.get(_ident())
            if r is not None:
                if d and _hidden.get(self) is r:
                    return True  # a nested round inside a hidden one
                if not d and r.burst >= _GATE:
                    _hidden[self] = r
                    return True
            _got(self, r)
            return True
        if timeout is None or (timeout != -1 and (timeout < 0 or not blocking)):
            return self._lk.acquire(blocking, timeout)  # the real error
        ok = _blocking_acquire(self, self._lk, blocking, timeout)
        if ok:
            self._depth += 1
        return ok

    def __enter__(self):
        return self.acquire()

    def release(self):
        lk = self._lk
        if not lk._is_owned():
            lk.release()  # raises the real error
        d = self._depth
        if _hidden.get(self) is not None:
            if d > 1:
                self._depth = d - 1
                lk.release()
                return
            r = _hidden.pop(self, None)
            if r is not None:
                self._depth = 0
                lk.release()
                q = r.quiet
                q[self] = q.get(self, 0) + 1
                return
        r = _me()
        if d == 1:
            self._held = None
        _put(r, "op\t%s\trelease\t-" % self._key, _where())
        self._depth = d - 1
        if d == 1:
            r.burst += 1
            if r.burst == _GATE:
                _gated_locks.add(self)
        lk.release()

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._lk._is_owned()

    # A Condition's wait gives up every level of the lock and takes them back after.
    def _release_save(self):
        d = self._depth
        for _ in range(d):
            self.release()
        return d

    def _acquire_restore(self, d):
        for _ in range(d or 1):
            self.acquire()

    def _at_fork_reinit(self):
        self._lk = _RealRLock()
        self._depth = 0

    def __repr__(self):
        return "<%s RLock object at %#x>" % ("locked" if self._depth else "unlocked", id(self))


def _lock_factory(*args, **kwargs):
    f = _getframe(1)
    if _fd is None or args or kwargs or not _is_user(f):
        return _real_lock_factory(*args, **kwargs)
    try:
        return _Lock(f)
    except Exception:
        _oops()
        return _real_lock_factory()


def _rlock_factory(*args, **kwargs):
    f = _getframe(1)
    if _fd is None or args or kwargs or not _is_user(f):
        return _real_rlock_factory(*args, **kwargs)
    try:
        return _RLock(f)
    except Exception:
        _oops()
        return _real_rlock_factory()


# ---------------------------------------------------------------------------------------
# Classes the probe replaces (Condition, Semaphore, Event, Barrier, queues): subclasses of
# the real ones, so isinstance still holds. __new__ decides by the creating frame: the
# standard library gets an instance of the real class itself, untouched.

class _Condition(_RealCondition):
    def __new__(cls, *args, **kwargs):
        f = _getframe(1)
        if cls is _Condition and (_fd is None or not _is_user(f)):
            return _RealCondition(*args, **kwargs)
        self = object.__new__(cls)
        self._sp_frame = f if _is_user(f) else _user_frame(f)
        return self

    def __init__(self, lock=None):
        f = self.__dict__.pop("_sp_frame", None)
        self._sp_key = None
        try:
            if lock is None:
                key, name = _new_resource("condition", None, "Condition", f)
                lock = _RLock(None, key=key, name=name)
            else:
                key, name = _new_resource("condition", None, "Condition", f)
            self._sp_key, self._sp_name = key, name
        except Exception:
            _oops()
            lock = lock if lock is not None else _real_rlock_factory()
        super().__init__(lock)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        # threading.Condition.wait, with the lines between giving up the lock and waiting.
        if self._sp_key is None:
            return super().wait(timeout)
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        r = _me()
        loc = _where()
        try:
            _ev(r, "wait\tcondition\t%s\t-\t%s" % (self._sp_key, _timed(timeout)), loc)
            _flush()
        except Exception:
            _oops()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            try:
                _ev(r, "run", loc)
                if not gotit:
                    _put(r, "note\t%s" % _clean("%s gave up waiting on %s after %s s" % (r.name, self._sp_name, _timed(timeout)), 120), loc)
            except Exception:
                _oops()
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def notify(self, n=1):
        super().notify(n)
        if self._sp_key is not None:
            try:
                _ev(_me(), "op\t%s\tnotify\t%d" % (self._sp_key, n), _where())
            except Exception:
                _oops()

    def notify_all(self):
        super().notify(len(self._waiters))
        if self._sp_key is not None:
            try:
                _ev(_me(), "op\t%s\tnotifyAll\t-" % self._sp_key, _where())
            except Exception:
                _oops()

    notifyAll = notify_all


class _SemaphoreMixin:
    """Semaphore and BoundedSemaphore: `op acquire`/`op release` move the count; `block` only
    when an acquire has to wait."""

    def _sp_setup(self, value, label):
        self._sp_key = None
        f = self.__dict__.pop("_sp_frame", None)
        try:
            self._sp_key, self._sp_name = _new_resource("semaphore", value, label, f)
        except Exception:
            _oops()

    def acquire(self, blocking=True, timeout=None):
        key = self._sp_key
        if key is None:
            return super().acquire(blocking, timeout)
        if super().acquire(False):
            _ev(_me(), "op\t%s\tacquire\t-" % key, _where())
            return True
        if not blocking:
            return False
        r = _me()
        loc = _where()
        _ev(r, "block\t%s\t%s" % (key, _timed(timeout)), loc)
        _flush()
        ok = False
        try:
            ok = super().acquire(True, timeout)
        finally:
            if ok:
                _put(r, "op\t%s\tacquire\t-" % key, loc)
            _put(r, "run", loc)
            if not ok:
                _put(r, "note\t%s" % _clean("%s gave up waiting for %s after %s s" % (r.name, self._sp_name, _timed(timeout)), 120), loc)
        return ok

    def __enter__(self):
        return self.acquire()

    def release(self, n=1):
        key = self._sp_key
        if key is not None:
            initial = getattr(self, "_initial_value", None)
            if initial is None or self._value + n <= initial:
                try:
                    r = _me()
                    loc = _where()
                    for _ in range(max(0, min(int(n), 1000))):
                        _ev(r, "op\t%s\trelease\t-" % key, loc)
                except Exception:
                    _oops()
        return super().release(n)

    def __exit__(self, *exc):
        self.release()


def _semaphore_new(cls, base, real, *args, **kwargs):
    f = _getframe(2)
    if cls is base and (_fd is None or not _is_user(f)):
        return real(*args, **kwargs)
    self = object.__new__(cls)
    self._sp_frame = f if _is_user(f) else _user_frame(f)
    return self


class _Semaphore(_SemaphoreMixin, _RealSemaphore):
    def __new__(cls, *args, **kwargs):
        return _semaphore_new(cls, _Semaphore, _RealSemaphore, *args, **kwargs)

    def __init__(self, value=1):
        # threading.BoundedSemaphore.__init__ calls the module's Semaphore.__init__ (this one)
        # on a real BoundedSemaphore: give it the real one.
        if not isinstance(self, _Semaphore):
            return _RealSemaphore.__init__(self, value)
        super().__init__(value)
        self._sp_setup(value, "Semaphore")


class _BoundedSemaphore(_SemaphoreMixin, _RealBoundedSemaphore):
    def __new__(cls, *args, **kwargs):
        return _semaphore_new(cls, _BoundedSemaphore, _RealBoundedSemaphore, *args, **kwargs)

    def __init__(self, value=1):
        _RealSemaphore.__init__(self, value)  # what BoundedSemaphore.__init__ does, without
        self._initial_value = value           # its call of the (replaced) module Semaphore
        self._sp_setup(value, "BoundedSemaphore")


class _Event(_RealEvent):
    def __new__(cls, *args, **kwargs):
        f = _getframe(1)
        if cls is _Event and (_fd is None or not _is_user(f)):
            return _RealEvent(*args, **kwargs)
        self = object.__new__(cls)
        self._sp_frame = f if _is_user(f) else _user_frame(f)
        return self

    def __init__(self):
        super().__init__()
        self._sp_key = None
        try:
            self._sp_key, self._sp_name = _new_resource("event", None, "Event", self.__dict__.pop("_sp_frame", None))
        except Exception:
            _oops()

    def set(self):
        if self._sp_key is not None:
            # Before the real set, so that a waiter's `run` comes after it.
            _ev(_me(), "op\t%s\tset\t-" % self._sp_key, _where())
        super().set()

    def clear(self):
        if self._sp_key is not None:
            _ev(_me(), "op\t%s\tclear\t-" % self._sp_key, _where())
        super().clear()

    def wait(self, timeout=None):
        if self._sp_key is None or self.is_set():
            return super().wait(timeout)
        r = _me()
        loc = _where()
        _ev(r, "wait\tevent\t%s\t-\t%s" % (self._sp_key, _timed(timeout)), loc)
        _flush()
        ok = False
        try:
            ok = super().wait(timeout)
            return ok
        finally:
            _put(r, "run", loc)
            if not ok and timeout is not None:
                _put(r, "note\t%s" % _clean("%s gave up waiting for %s after %s s" % (r.name, self._sp_name, _timed(timeout)), 120), loc)


class _Barrier(_RealBarrier):
    def __new__(cls, *args, **kwargs):
        f = _getframe(1)
        if cls is _Barrier and (_fd is None or not _is_user(f)):
            return _RealBarrier(*args, **kwargs)
        self = object.__new__(cls)
        self._sp_frame = f if _is_user(f) else _user_frame(f)
        return self

    def __init__(self, parties, action=None, timeout=None):
        super().__init__(parties, action, timeout)
        self._sp_key = None
        try:
            self._sp_key, self._sp_name = _new_resource("barrier", parties, "Barrier", self.__dict__.pop("_sp_frame", None))
        except Exception:
            _oops()

    def wait(self, timeout=None):
        key = self._sp_key
        # The last party to arrive does not wait.
        if key is None or self.n_waiting + 1 >= self.parties:
            return super().wait(timeout)
        r = _me()
        loc = _where()
        _ev(r, "wait\tbarrier\t%s\t-\t%s" % (key, _timed(timeout)), loc)
        _flush()
        try:
            return super().wait(timeout)
        finally:
            _put(r, "run", loc)


# ---------------------------------------------------------------------------------------
# Queues. queue.Queue and its kin report from their _put/_get hooks, which run under the
# queue's own mutex, so puts and gets are in their real order; waiting is seen by
# wrapping the queue's (real, internal) not_full / not_empty conditions' wait.

class _QueueMixin:
    """queue.Queue, LifoQueue and PriorityQueue, gated like locks: after _GATE rounds a thread's
    puts and gets are counted (`_Quiet` notes) and the queue is marked dirty; its contents are
    resynchronised (_resync) before anything could observe them: the next reported operation
    on it, any other line of a thread (its burst ends), or the flusher finding the thread idle.
    Everything runs under the queue's mutex, so the view Spindle is told stays in order."""

    def _sp_setup(self, maxsize, label):
        self._sp_key = None
        f = self.__dict__.pop("_sp_frame", None)
        try:
            self._sp_shown = collections.deque()  # the labels Spindle believes are in it
            self._sp_dirty = False
            self._sp_putter = self._sp_getter = None
            self._sp_qput = _Quiet(self, "put")
            self._sp_qget = _Quiet(self, "get")
            self._sp_key, self._sp_name = _new_resource("queue", maxsize if maxsize and maxsize > 0 else None, label, f)
            key = self._sp_key
            q = self

            def waiter(cond, status):
                real = cond.wait

                def wait(timeout=None):
                    r = _me()
                    burst = r.burst
                    if burst >= _GATE:
                        # In a burst, a short wait is part of the handover: say nothing.
                        first = _QUIET_WAIT if timeout is None else min(_QUIET_WAIT, timeout)
                        if real(first):
                            return True
                        if (q._qsize() < q.maxsize) if status == "full" else q._qsize():
                            return True
                        if timeout is not None:
                            timeout = max(0.0, timeout - first)
                    loc = _where()
                    try:
                        if burst >= _GATE:
                            # A long wait ends the burst.
                            _settle(r, q)
                            r.burst = burst = 0
                        _put(r, "wait\tqueue\t%s\t%s\t%s" % (key, status, _timed(timeout)), loc)
                        _flush()
                    except Exception:
                        _oops()
                    try:
                        return real(timeout)
                    finally:
                        _put(r, "run", loc)
                        # Before the burst: a wait in full is one of its rounds.
                        r.burst = burst + 1
                return wait

            self.not_full.wait = waiter(self.not_full, "full")
            self.not_empty.wait = waiter(self.not_empty, "empty")
        except Exception:
            _oops()

    def _sp_count_quiet(self, r, what):
        """A gated put or get: counted for `r`'s next note, and the queue marked for a
        resynchronisation before anything could observe what Spindle was not told."""
        quiet = r.quiet
        quiet[what] = quiet.get(what, 0) + 1
        if not self._sp_dirty:
            self._sp_dirty = True
            _dirty.add(self)

    def _put(self, item):
        super()._put(item)
        key = self._sp_key
        if key is None:
            return
        try:
            r = _recs.get(_ident()) or _me()
            if r.burst >= _GATE:
                self._sp_putter = r
                self._sp_count_quiet(r, self._sp_qput)
                return
            if self._sp_dirty:
                _resync(self)
            label = _label(item)
            self._sp_shown.append(label)
            _put(r, "op\t%s\tput\t%s" % (key, label), _where())
            r.burst += 1
        except Exception:
            _oops()

    def _get(self):
        item = super()._get()
        key = self._sp_key
        if key is None:
            return item
        try:
            r = _recs.get(_ident()) or _me()
            if r.burst >= _GATE:
                self._sp_getter = r
                self._sp_count_quiet(r, self._sp_qget)
                return item
            if self._sp_dirty:
                _resync(self)
            label = _label(item)
            shown = self._sp_shown
            if shown:
                # Spindle's rule: the oldest item with this label, else the oldest.
                if shown[0] == label:
                    shown.popleft()
                else:
                    try:
                        shown.remove(label)
                    except ValueError:
                        shown.popleft()
            _put(r, "op\t%s\tget\t%s" % (key, label), _where())
            r.burst += 1
        except Exception:
            _oops()
        return item

    def join(self):
        if self._sp_key is None or not self.unfinished_tasks:
            return super().join()
        r = _me()
        loc = _where()
        _ev(r, "wait\tqueue\t%s\tempty\t-" % self._sp_key, loc)
        _flush()
        try:
            return super().join()
        finally:
            _put(r, "run", loc)


def _queue_class(real, label):
    class Traced(_QueueMixin, real):
        def __new__(cls, *args, **kwargs):
            f = _getframe(1)
            if cls is Traced and (_fd is None or not _is_user(f)):
                return real(*args, **kwargs)
            self = object.__new__(cls)
            self._sp_frame = f if _is_user(f) else _user_frame(f)
            return self

        def __init__(self, maxsize=0):
            super().__init__(maxsize)
            self._sp_setup(maxsize, label)

    Traced.__name__ = Traced.__qualname__ = real.__name__
    Traced.__module__ = "queue"
    return Traced


_Queue = _queue_class(_RealQueue, "Queue")
_LifoQueue = _queue_class(_RealLifoQueue, "LifoQueue")
_PriorityQueue = _queue_class(_RealPriorityQueue, "PriorityQueue")


class _SimpleQueue(_RealSimpleQueue):
    """queue.SimpleQueue (written in C, no hooks): put is reported before the item goes in,
    so that its get, reported after, always follows it."""

    def __new__(cls, *args, **kwargs):
        f = _getframe(1)
        if cls is _SimpleQueue and (_fd is None or not _is_user(f)):
            return _RealSimpleQueue(*args, **kwargs)
        self = super().__new__(cls, *args, **kwargs)
        self._sp_key = None
        try:
            self._sp_key, self._sp_name = _new_resource("queue", None, "SimpleQueue", f if _is_user(f) else _user_frame(f))
        except Exception:
            _oops()
        return self

    def put(self, item, block=True, timeout=None):
        if self._sp_key is not None:
            _ev(_me(), "op\t%s\tput\t%s" % (self._sp_key, _label(item)), _where())
        return super().put(item, block, timeout)

    def put_nowait(self, item):
        return self.put(item, False)

    def get(self, block=True, timeout=None):
        key = self._sp_key
        if key is None:
            return super().get(block, timeout)
        try:
            item = super().get(False)
        except queue.Empty:
            if not block:
                raise
            r = _me()
            loc = _where()
            _ev(r, "wait\tqueue\t%s\tempty\t%s" % (key, _timed(timeout)), loc)
            _flush()
            try:
                item = super().get(True, timeout)
            except BaseException:
                _put(r, "run", loc)
                raise
            _put(r, "run", loc)
            _put(r, "op\t%s\tget\t%s" % (key, _label(item)), loc)
            return item
        _ev(_me(), "op\t%s\tget\t%s" % (key, _label(item)), _where())
        return item

    def get_nowait(self):
        return self.get(False)


_SimpleQueue.__name__ = _SimpleQueue.__qualname__ = "SimpleQueue"
_SimpleQueue.__module__ = "queue"
for _cls, _n in ((_Condition, "Condition"), (_Semaphore, "Semaphore"), (_BoundedSemaphore, "BoundedSemaphore"),
                 (_Event, "Event"), (_Barrier, "Barrier")):
    _cls.__name__ = _cls.__qualname__ = _n
    _cls.__module__ = "threading"


# ---------------------------------------------------------------------------------------
# Threads: the real Thread class keeps its identity; its start, _bootstrap_inner and join
# are wrapped in place, so subclasses and the pool's workers are seen too.

_real_start = _RealThread.start
_real_bootstrap_inner = _RealThread._bootstrap_inner
_real_join = _RealThread.join
_real_shutdown = threading._shutdown
_real_timer_run = threading.Timer.run
_real_timer_cancel = threading.Timer.cancel
_MUTED_STARTERS = (os.sep + "multiprocessing" + os.sep, os.sep + "concurrent" + os.sep + "futures" + os.sep + "process.py")


def _thread_start(self):
    try:
        if _fd is not None and not self._started.is_set():
            r = _me()
            caller = _getframe(1).f_code.co_filename
            mute = r.mute or any(part in caller for part in _MUTED_STARTERS)
            serial = next(_serials)
            self._spindle = (serial, mute, _pid)
            if not mute:
                _ev(r, "thread\t%d\t%s\t%d" % (serial, _clean(self.name), 1 if self.daemon else 0), _where())
            _check_replaced()
    except Exception:
        _oops()
    return _real_start(self)


def _thread_bootstrap_inner(self):
    r = None
    try:
        sp = getattr(self, "_spindle", None)
        if sp is None or sp[2] != _pid:
            sp = (next(_serials), False, _pid)
            self._spindle = sp
        r = _Rec(sp[0], _clean(self.name), sp[1])
        _recs[_ident()] = r
        loc = ""
        target = getattr(self, "_target", None)
        code = getattr(target, "__code__", None)
        if code is not None:
            d = _display.get(code.co_filename)
            if d is None:
                d = _classify(code.co_filename)
            if d:
                loc = "%s:%d" % (d, code.co_firstlineno)
        _put(r, "run", loc)
        real_hook = self._invoke_excepthook

        def invoke_excepthook(thread):
            try:
                exc = sys.exc_info()[1]
                r.failure = "%s: %s" % (type(exc).__name__, exc)
            except Exception:
                r.failure = "an exception"
            return real_hook(thread)

        self._invoke_excepthook = invoke_excepthook
    except Exception:
        _oops()
    try:
        _real_bootstrap_inner(self)
    finally:
        if r is not None:
            _thread_end(r)


def _thread_end(r):
    try:
        if r.ended:
            return
        if r.burst:
            _settle(r)  # while it may still report what its burst changed
            r.burst = 0
        r.ended = True
        if r.failure is not None:
            _ev(r, "done\tfailed\t%s" % _clean(r.failure, 120), "")
        else:
            _ev(r, "done\texited\t0", "")
        if _recs.get(_ident()) is r:
            del _recs[_ident()]
        _flush()
    except Exception:
        _oops()


def _thread_serial(thread):
    """The (pid, serial) a join waits for, or None when it is not shown."""
    sp = getattr(thread, "_spindle", None)
    if sp is not None:
        return None if sp[1] or sp[2] != _pid else sp[0]
    if thread is threading.main_thread():
        return 0
    return None


def _thread_join(self, timeout=None):
    r = None
    try:
        if (_fd is not None and self._started.is_set() and self.is_alive()
                and self is not threading.current_thread()):
            serial = _thread_serial(self)
            if serial is not None:
                r = _me()
                loc = _where()
                _ev(r, "wait\tjoin\t%d.%d\t-\t%s" % (_pid, serial, _timed(timeout)), loc)
                _flush()
    except Exception:
        _oops()
        r = None
    try:
        return _real_join(self, timeout)
    finally:
        if r is not None:
            try:
                _put(r, "run", loc)
                if self.is_alive():
                    _put(r, "note\t%s" % _clean("%s stopped waiting for %s after %s s" % (r.name, self.name, _timed(timeout)), 120), loc)
            except Exception:
                _oops()


def _shutdown():
    # At the end of the main thread the interpreter waits for every non-daemon thread: show
    # that as the main thread joining each in turn.
    try:
        if _fd is not None:
            me = threading.current_thread()
            while True:
                rest = [t for t in threading.enumerate()
                        if t is not me and not t.daemon and t.is_alive() and not isinstance(t, threading._DummyThread)]
                if not rest:
                    break
                rest[0].join()
            _check_replaced()
    except Exception:
        _oops()
    return _real_shutdown()


def _timer_run(self):
    # threading.Timer.run, with its wait shown as a sleep.
    r = _recs.get(_ident())
    if r is None or _fd is None:
        return _real_timer_run(self)
    _ev(r, "sleep\t%s" % repr(float(self.interval)), "")
    _flush()
    self.finished.wait(self.interval)
    _put(r, "run", "")
    if not self.finished.is_set():
        self.function(*self.args, **self.kwargs)
    self.finished.set()


def _timer_cancel(self):
    try:
        if _fd is not None and not self.finished.is_set():
            r = _me()
            _ev(r, "note\t%s" % _clean("%s cancelled the timer %s" % (r.name, self.name), 120), _where())
    except Exception:
        _oops()
    return _real_timer_cancel(self)


def _sleep(seconds):
    f = _getframe(1)
    if _fd is None or not _is_user(f):
        return _real_sleep(seconds)
    try:
        s = float(seconds)
    except Exception:
        return _real_sleep(seconds)
    if not s >= 0:
        return _real_sleep(seconds)
    r = _me()
    if s == 0:
        # sleep(0) only lets other threads run: a round of the gate, like a lock round.
        if r.burst >= _GATE:
            quiet = r.quiet
            quiet[_SLEEP0] = quiet.get(_SLEEP0, 0) + 1
            return _real_sleep(0)
        loc = _loc_of(f)
        _put(r, "sleep\t0.0", loc)
        try:
            return _real_sleep(0)
        finally:
            _put(r, "run", loc)
            r.burst += 1
    loc = _loc_of(f)
    _ev(r, "sleep\t%s" % repr(s), loc)
    _flush()
    try:
        return _real_sleep(seconds)
    finally:
        _put(r, "run", loc)


# ---------------------------------------------------------------------------------------
# Processes: fork hooks, os._exit, os.waitpid.

def _before_fork():
    try:
        r = _me()
        _settle_everyone()
        _forking["serial"] = r.serial
        _forking["parent"] = _pid
        _flush()
    except Exception:
        _oops()


def _after_fork_child():
    global _pid, _buf, _plock, _flock, _recs, _serials, _hidden, _kind_counts
    try:
        _pid = os.getpid()
        _buf = []
        _plock = _allocate()
        _flock = _allocate()
        _hidden = {}
        me = _Rec(0, "main")
        try:
            me.name = _clean(threading.current_thread().name)
        except Exception:
            pass
        _recs = {_ident(): me}
        _serials = itertools.count(1)
        _kind_counts = {}
        name = _forking["name"] or "-"
        _forking["name"] = None
        _put(me, "process\t%d\t%d\t%s" % (_forking["parent"], _forking["serial"], _clean(name)), "")
        _start_flusher()
    except Exception:
        _oops()


def _exit(code):
    # The process ends here, without atexit: say so for each of its threads, then flush.
    try:
        if _fd is not None:
            if _pid != _root_pid:
                try:
                    status = int(code)
                except Exception:
                    status = 1
                _end_all(status)
            _flush()
    except Exception:
        pass
    _real_exit(code)


def _end_all(status):
    """`done exited STATUS` for every thread of this (forked) process, its main thread last."""
    _settle_everyone()
    rest = sorted((r for r in list(_recs.values()) if not r.ended), key=lambda r: -r.serial)
    for r in rest:
        r.ended = True
        _put(r, "done\texited\t%d" % status, "")


def _fork():
    """os.fork. From 3.12 on, CPython warns when a process that runs several threads forks,
    counting the system's threads: the probe's hidden flusher is one, so a program with no
    thread of its own would get a warning it never gets untraced. Then that one warning is
    left out; a program that runs threads of its own gets it as it would anyway."""
    if sys.version_info < (3, 12) or threading.active_count() > 1:
        return _real_fork()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"This process .* is multi-threaded", category=DeprecationWarning)
        return _real_fork()


def _waitpid(pid, options):
    f = _getframe(1)
    if _fd is None or pid <= 0 or options & os.WNOHANG or not _is_user(f):
        return _real_waitpid(pid, options)
    r = _me()
    loc = _loc_of(f)
    _ev(r, "wait\tjoin\t%d.0\t-\t-" % pid, loc)
    _flush()
    try:
        return _real_waitpid(pid, options)
    finally:
        _put(r, "run", loc)


# ---------------------------------------------------------------------------------------
# multiprocessing and concurrent.futures (wrapped only if the program imports them: a
# meta-path hook patches them right after their first import, keeping startup cheap).

def _mp_reduce(real):
    import copyreg

    def __reduce_ex__(self, protocol):
        # Pickled (for a spawned child, which is not traced) as the real class.
        return (copyreg.__newobj__, (real,), self.__getstate__())
    return __reduce_ex__


def _patch_multiprocessing():
    import multiprocessing
    import multiprocessing.context as context
    import multiprocessing.process as mpprocess
    from multiprocessing import synchronize, queues, connection, sharedctypes

    real_start = mpprocess.BaseProcess.start
    real_join = mpprocess.BaseProcess.join

    def start(self):
        try:
            if _fd is not None:
                method = getattr(self, "_start_method", None) or multiprocessing.get_start_method()
                if method != "fork":
                    _warn_once("start-method", "%s started a process with the %s start method; Spindle follows only "
                               "forked processes, so it is not shown" % (_where() or "the program", method))
                _forking["name"] = self.name
        except Exception:
            _oops()
        try:
            return real_start(self)
        finally:
            _forking["name"] = None

    def join(self, timeout=None):
        r = None
        try:
            if _fd is not None and self._popen is not None and self.pid and self._popen.poll() is None:
                r = _me()
                loc = _where()
                _ev(r, "wait\tjoin\t%d.0\t-\t%s" % (self.pid, _timed(timeout)), loc)
                _flush()
        except Exception:
            _oops()
            r = None
        try:
            return real_join(self, timeout)
        finally:
            if r is not None:
                _put(r, "run", loc)

    mpprocess.BaseProcess.start = start
    mpprocess.BaseProcess.join = join

    # Locks and semaphores: subclasses of the real SemLock classes whose acquire/release
    # report; the key is made before fork, so a child reports on the same resource.
    def semlock_class(real, kind, label):
        class Traced(real):
            def _make_methods(self):
                pass  # the class's acquire/release, not the raw semlock's

            def acquire(self, block=True, timeout=None):
                sl = self._semlock
                if sl.acquire(False):
                    _ev(_me(), "op\t%s\tacquire\t-" % self._sp_key, _where())
                    return True
                if not block:
                    return False
                r = _me()
                loc = _where()
                _ev(r, "block\t%s\t%s" % (self._sp_key, _timed(timeout)), loc)
                _flush()
                ok = False
                try:
                    ok = sl.acquire(True, timeout)
                finally:
                    if ok:
                        _put(r, "op\t%s\tacquire\t-" % self._sp_key, loc)
                    _put(r, "run", loc)
                return ok

            def release(self):
                _ev(_me(), "op\t%s\trelease\t-" % self._sp_key, _where())
                self._semlock.release()

            def __enter__(self):
                return self.acquire()

            def __exit__(self, *args):
                self.release()

        Traced.__name__ = Traced.__qualname__ = real.__name__
        Traced.__reduce_ex__ = _mp_reduce(real)
        Traced._sp_kind = kind
        Traced._sp_label = label
        return Traced

    MPLock = semlock_class(synchronize.Lock, "lock", "Lock")
    MPRLock = semlock_class(synchronize.RLock, "rlock", "RLock")
    MPSemaphore = semlock_class(synchronize.Semaphore, "semaphore", "Semaphore")
    MPBounded = semlock_class(synchronize.BoundedSemaphore, "semaphore", "BoundedSemaphore")

    def made(obj, kind, capacity, label, f):
        try:
            obj._sp_key, obj._sp_name = _new_resource(kind, capacity, label, f)
        except Exception:
            _oops()
            obj._sp_key = "-"
        return obj

    real_ctx = {}
    for name in ("Lock", "RLock", "Semaphore", "BoundedSemaphore", "Event", "Queue", "JoinableQueue",
                 "SimpleQueue", "Pipe", "Value"):
        real_ctx[name] = getattr(context.BaseContext, name)

    def user_caller():
        f = _getframe(2)
        return f if (_fd is not None and _is_user(f)) else None

    def ctx_lock(self):
        f = user_caller()
        if f is None:
            return real_ctx["Lock"](self)
        return made(MPLock(ctx=self.get_context()), "lock", None, "Lock", f)

    def ctx_rlock(self):
        f = user_caller()
        if f is None:
            return real_ctx["RLock"](self)
        return made(MPRLock(ctx=self.get_context()), "rlock", None, "RLock", f)

    def ctx_semaphore(self, value=1):
        f = user_caller()
        if f is None:
            return real_ctx["Semaphore"](self, value)
        return made(MPSemaphore(value, ctx=self.get_context()), "semaphore", value, "Semaphore", f)

    def ctx_bounded(self, value=1):
        f = user_caller()
        if f is None:
            return real_ctx["BoundedSemaphore"](self, value)
        return made(MPBounded(value, ctx=self.get_context()), "semaphore", value, "BoundedSemaphore", f)

    class MPEvent(synchronize.Event):
        def set(self):
            _ev(_me(), "op\t%s\tset\t-" % self._sp_key, _where())
            super().set()

        def clear(self):
            _ev(_me(), "op\t%s\tclear\t-" % self._sp_key, _where())
            super().clear()

        def wait(self, timeout=None):
            if self.is_set():
                return super().wait(timeout)
            r = _me()
            loc = _where()
            _ev(r, "wait\tevent\t%s\t-\t%s" % (self._sp_key, _timed(timeout)), loc)
            _flush()
            try:
                return super().wait(timeout)
            finally:
                _put(r, "run", loc)

    MPEvent.__name__ = MPEvent.__qualname__ = "Event"
    MPEvent.__reduce_ex__ = _mp_reduce(synchronize.Event)

    def ctx_event(self):
        f = user_caller()
        if f is None:
            return real_ctx["Event"](self)
        return made(MPEvent(ctx=self.get_context()), "event", None, "Event", f)

    # Queues: the put line after the item is in the queue's buffer (a feeder thread sends it
    # later, so no get can come before it); the get line after it is taken.
    class MPQueueMixin:
        def put(self, obj, block=True, timeout=None):
            r = _me()
            loc = _where()
            wait = None
            if block and getattr(self, "_maxsize", 0) and self.full():
                wait = "wait\tqueue\t%s\tfull\t%s" % (self._sp_key, _timed(timeout))
            _waiting(r, loc, wait, lambda: super(MPQueueMixin, self).put(obj, block, timeout))
            _ev(r, "op\t%s\tput\t%s" % (self._sp_key, _label(obj)), loc)

        def get(self, block=True, timeout=None):
            r = _me()
            loc = _where()
            try:
                obj = super().get(False)
            except queue.Empty:
                if not block:
                    raise
                wait = "wait\tqueue\t%s\tempty\t%s" % (self._sp_key, _timed(timeout))
                obj = _waiting(r, loc, wait, lambda: super(MPQueueMixin, self).get(True, timeout))
                _put(r, "op\t%s\tget\t%s" % (self._sp_key, _label(obj)), loc)
                return obj
            _ev(r, "op\t%s\tget\t%s" % (self._sp_key, _label(obj)), loc)
            return obj

    class MPQueue(MPQueueMixin, queues.Queue):
        pass

    class MPJoinableQueue(MPQueueMixin, queues.JoinableQueue):
        pass

    class MPSimpleQueue(queues.SimpleQueue):
        def put(self, obj):
            _ev(_me(), "op\t%s\tput\t%s" % (self._sp_key, _label(obj)), _where())
            super().put(obj)

        def get(self):
            r = _me()
            loc = _where()
            wait = ("wait\tqueue\t%s\tempty\t-" % self._sp_key) if self.empty() else None
            obj = _waiting(r, loc, wait, lambda: super(MPSimpleQueue, self).get())
            _ev(r, "op\t%s\tget\t%s" % (self._sp_key, _label(obj)), loc)
            return obj

    for cls, real in ((MPQueue, queues.Queue), (MPJoinableQueue, queues.JoinableQueue),
                      (MPSimpleQueue, queues.SimpleQueue)):
        cls.__name__ = cls.__qualname__ = real.__name__
        cls.__reduce_ex__ = _mp_reduce(real)

    def ctx_queue(self, maxsize=0):
        f = user_caller()
        if f is None:
            return real_ctx["Queue"](self, maxsize)
        return made(MPQueue(maxsize, ctx=self.get_context()), "queue", maxsize or None, "Queue", f)

    def ctx_joinable(self, maxsize=0):
        f = user_caller()
        if f is None:
            return real_ctx["JoinableQueue"](self, maxsize)
        return made(MPJoinableQueue(maxsize, ctx=self.get_context()), "queue", maxsize or None, "JoinableQueue", f)

    def ctx_simple(self):
        f = user_caller()
        if f is None:
            return real_ctx["SimpleQueue"](self)
        return made(MPSimpleQueue(ctx=self.get_context()), "queue", None, "SimpleQueue", f)

    # Pipe: both ends are one `pipe` resource.
    class TracedConnection(connection.Connection):
        def send(self, obj):
            _ev(_me(), "op\t%s\tsend\t%s" % (self._sp_key, _label(obj)), _where())
            super().send(obj)

        def recv(self):
            r = _me()
            loc = _where()
            wait = None
            try:
                if not self.poll():
                    wait = "wait\tpipe\t%s\t-\t-" % self._sp_key
            except Exception:
                pass
            obj = _waiting(r, loc, wait, lambda: super(TracedConnection, self).recv())
            _ev(r, "op\t%s\treceive\t%s" % (self._sp_key, _label(obj)), loc)
            return obj

        def __reduce_ex__(self, protocol):
            return connection.reduce_connection(self)

    TracedConnection.__name__ = TracedConnection.__qualname__ = "Connection"

    def ctx_pipe(self, duplex=True):
        f = user_caller()
        ends = real_ctx["Pipe"](self, duplex)
        if f is None:
            return ends
        try:
            if all(type(end) is connection.Connection for end in ends):
                key, _ = _new_resource("pipe", None, "Pipe", f)
                for end in ends:
                    end.__class__ = TracedConnection
                    end._sp_key = key
        except Exception:
            _oops()
        return ends

    # Value: shared memory; .value reads and writes are reported, its lock is a traced RLock.
    class TracedSynchronized(sharedctypes.Synchronized):
        @property
        def value(self):
            v = sharedctypes.Synchronized.value.fget(self)
            try:
                _ev(_me(), "op\t%s\tread\t%s" % (self._sp_key, _int_text(v)), _where())
            except Exception:
                _oops()
            return v

        @value.setter
        def value(self, v):
            sharedctypes.Synchronized.value.fset(self, v)
            try:
                _ev(_me(), "op\t%s\twrite\t%s" % (self._sp_key, _int_text(v)), _where())
            except Exception:
                _oops()

    TracedSynchronized.__name__ = TracedSynchronized.__qualname__ = "Synchronized"

    def ctx_value(self, typecode_or_type, *args, lock=True):
        f = user_caller()
        if f is None or lock is not True:
            return real_ctx["Value"](self, typecode_or_type, *args, lock=lock)
        key, name = _new_resource("sharedMemory", None, "Value", f)
        rl = MPRLock(ctx=self.get_context())
        rl._sp_key = "%d.%d" % (_pid, next(_keys))
        rl._sp_name = _clean("%s lock" % name)
        _ev(_me(), "resource\t%s\trlock\t-\t%s" % (rl._sp_key, rl._sp_name), _loc_of(f))
        v = real_ctx["Value"](self, typecode_or_type, *args, lock=rl)
        try:
            if type(v) is sharedctypes.Synchronized:
                v.__class__ = TracedSynchronized
                v._sp_key = key
        except Exception:
            _oops()
        return v

    patched = {"Lock": ctx_lock, "RLock": ctx_rlock, "Semaphore": ctx_semaphore, "BoundedSemaphore": ctx_bounded,
               "Event": ctx_event, "Queue": ctx_queue, "JoinableQueue": ctx_joinable, "SimpleQueue": ctx_simple,
               "Pipe": ctx_pipe, "Value": ctx_value}
    for name, fn in patched.items():
        fn.__name__ = name
        setattr(context.BaseContext, name, fn)
        bound = getattr(context._default_context, name)
        setattr(multiprocessing, name, bound)
        _installed.append((multiprocessing, "multiprocessing", name, bound))


def _int_text(v):
    try:
        if isinstance(v, bool):
            return "1" if v else "0"
        if isinstance(v, int) or (isinstance(v, float) and v == int(v)):
            n = int(v)
            if -2 ** 63 <= n < 2 ** 63:
                return str(n)
    except Exception:
        pass
    return "-"


def _patch_futures():
    import concurrent.futures as cf
    from concurrent.futures import _base

    Future = _base.Future
    real_init = Future.__init__
    real_set_result = Future.set_result
    real_set_exception = Future.set_exception
    real_cancel = Future.cancel
    real_result = Future.result
    real_exception = Future.exception
    real_wait = _base.wait
    real_as_completed = _base.as_completed
    counter = itertools.count(1)

    def __init__(self):
        real_init(self)
        self._sp_key = None
        try:
            f = _user_frame(_getframe(1))
            if _fd is not None and f is not None:
                key = "%d.%d" % (_pid, next(_keys))
                _ev(_me(), "resource\t%s\tevent\t-\tfuture %d" % (key, next(counter)), _loc_of(f))
                self._sp_key = key
        except Exception:
            _oops()

    def settled(self):
        key = getattr(self, "_sp_key", None)
        if key is not None and self._state not in ("CANCELLED", "CANCELLED_AND_NOTIFIED", "FINISHED"):
            try:
                _ev(_me(), "op\t%s\tset\t-" % key, _where())
            except Exception:
                _oops()

    def set_result(self, result):
        settled(self)
        return real_set_result(self, result)

    def set_exception(self, exception):
        settled(self)
        return real_set_exception(self, exception)

    def cancel(self):
        pending = self._state == "PENDING"
        if pending:
            settled(self)
        return real_cancel(self)

    def waiting(real):
        def wait(self, timeout=None):
            key = getattr(self, "_sp_key", None)
            if key is None or self.done() or _fd is None:
                return real(self, timeout)
            r = _me()
            loc = _where()
            _ev(r, "wait\tevent\t%s\t-\t%s" % (key, _timed(timeout)), loc)
            _flush()
            try:
                return real(self, timeout)
            finally:
                _put(r, "run", loc)
        wait.__name__ = real.__name__
        return wait

    def wait(fs, timeout=None, return_when=_base.ALL_COMPLETED):
        r = None
        try:
            fs = list(fs) if not isinstance(fs, (set, frozenset, list, tuple)) else fs
            pending = [f for f in fs if not f.done()]
            blocks = pending and (return_when != _base.FIRST_COMPLETED or len(pending) == len(set(fs)))
            keyed = [f for f in pending if getattr(f, "_sp_key", None)]
            if _fd is not None and blocks and keyed:
                r = _me()
                loc = _where()
                _ev(r, "wait\tevent\t%s\t-\t%s" % (keyed[0]._sp_key, _timed(timeout)), loc)
                _flush()
        except Exception:
            _oops()
            r = None
        try:
            return real_wait(fs, timeout, return_when)
        finally:
            if r is not None:
                _put(r, "run", loc)

    def as_completed(fs, timeout=None):
        fs = list(fs)
        pending = set(fs)
        gen = real_as_completed(fs, timeout)
        while True:
            r = None
            try:
                if _fd is not None and pending and not any(f.done() for f in pending):
                    keyed = [f for f in pending if getattr(f, "_sp_key", None)]
                    if keyed:
                        r = _me()
                        loc = _where()
                        _ev(r, "wait\tevent\t%s\t-\t%s" % (keyed[0]._sp_key, _timed(timeout)), loc)
                        _flush()
            except Exception:
                _oops()
                r = None
            try:
                f = next(gen)
            except StopIteration:
                return
            finally:
                if r is not None:
                    _put(r, "run", loc)
            pending.discard(f)
            yield f

    Future.__init__ = __init__
    Future.set_result = set_result
    Future.set_exception = set_exception
    Future.cancel = cancel
    Future.result = waiting(real_result)
    Future.exception = waiting(real_exception)
    _base.wait = cf.wait = wait
    _base.as_completed = cf.as_completed = as_completed


def _patch_pool():
    """A ThreadPoolExecutor made by the program gets a traced work queue, a resource named
    `ThreadPoolExecutor-0 work`: submit puts `square(3)`, a worker's get takes it, and an idle
    worker shows `wait queue KEY empty`. The None a shutdown puts in to wake the workers is
    neither shown put nor got (the workers just wake and end)."""
    from concurrent.futures import thread as cft

    real_init = cft.ThreadPoolExecutor.__init__

    class WorkQueue(_RealSimpleQueue):
        def put(self, item, block=True, timeout=None):
            if item is not None and _fd is not None:
                try:
                    label = _work_label(item)
                    _ev(_me(), "op\t%s\tput\t%s" % (self._sp_key, label), _where())
                except Exception:
                    _oops()
            return super().put(item, block, timeout)

        def put_nowait(self, item):
            return self.put(item, False)

        def get(self, block=True, timeout=None):
            if _fd is None:
                return super().get(block, timeout)
            try:
                item = super().get(False)
            except queue.Empty:
                if not block:
                    raise
                r = _me()
                _ev(r, "wait\tqueue\t%s\tempty\t%s" % (self._sp_key, _timed(timeout)), "")
                _flush()
                try:
                    item = super().get(True, timeout)
                finally:
                    _put(r, "run", "")
            if item is not None:
                try:
                    _ev(_me(), "op\t%s\tget\t%s" % (self._sp_key, _work_label(item)), _where())
                except Exception:
                    _oops()
            return item

        def get_nowait(self):
            return self.get(False)

    def __init__(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        try:
            f = _getframe(1)
            if _fd is not None and _is_user(f) and type(self._work_queue) is _RealSimpleQueue:
                wq = WorkQueue()
                key = "%d.%d" % (_pid, next(_keys))
                wq._sp_key = key
                name = _clean("%s work" % (self._thread_name_prefix or "ThreadPoolExecutor"))
                _ev(_me(), "resource\t%s\tqueue\t-\t%s" % (key, name), _loc_of(f))
                self._work_queue = wq
        except Exception:
            _oops()

    cft.ThreadPoolExecutor.__init__ = __init__


def _work_label(item):
    """`square(3)` for a pool's work item, the same for its put and its get."""
    label = getattr(item, "_sp_label", None)
    if label is None:
        try:
            fn = getattr(item, "fn", None)
            name = getattr(fn, "__name__", None) or type(fn).__name__
            args = getattr(item, "args", ()) or ()
            parts = [_label(a) for a in args[:3]] + (["..."] if len(args) > 3 or getattr(item, "kwargs", None) else [])
            label = _clean("%s(%s)" % (name, ", ".join(parts)), 24)
        except Exception:
            label = "work"
        try:
            item._sp_label = label
        except Exception:
            pass
    return label


class _ImportHook:
    """Patches multiprocessing / concurrent.futures right after the program imports them."""

    patches = {"multiprocessing": _patch_multiprocessing, "concurrent.futures": _patch_futures,
               "concurrent.futures.thread": _patch_pool}

    def find_spec(self, name, path=None, target=None):
        if name in self.patches and name not in sys.modules:
            patch = self.patches.pop(name)
            spec = None
            for finder in sys.meta_path:
                if finder is self:
                    continue
                find = getattr(finder, "find_spec", None)
                if find is None:
                    continue
                spec = find(name, path, target)
                if spec is not None:
                    break
            if spec is None or spec.loader is None:
                return spec
            loader = spec.loader
            real_exec = loader.exec_module

            def exec_module(module):
                real_exec(module)
                try:
                    patch()
                except Exception:
                    _oops()

            try:
                loader.exec_module = exec_module
            except Exception:
                return spec
            return spec
        return None


# ---------------------------------------------------------------------------------------
# Replaced primitives: a module's __setattr__ cannot be hooked, so the probe checks, at each
# thread start, every 100 ms and at the end, that what it installed is still there.

_installed = []  # (module, module name, attribute, what the probe put there)
_NOUNS = {"Lock": "locks", "RLock": "re-entrant locks", "Condition": "conditions", "Semaphore": "semaphores",
          "BoundedSemaphore": "semaphores", "Event": "events", "Barrier": "barriers", "Thread": "threads",
          "Timer": "timers", "Queue": "queues", "LifoQueue": "queues", "PriorityQueue": "queues",
          "SimpleQueue": "queues", "JoinableQueue": "queues", "sleep": "sleeps", "Pipe": "pipes",
          "Value": "shared values"}


def _check_replaced():
    for module, modname, attr, ours in _installed:
        if getattr(module, attr, ours) is not ours and (modname, attr) not in _warned:
            where = _find_assignment(modname, attr)
            _warn_once((modname, attr), "%s replaced %s.%s; those %s are not traced" % (
                where or "the program", modname, attr, _NOUNS.get(attr, "objects")))


def _find_assignment(modname, attr):
    """`script.py:12` for the line `threading.Lock = ...` in the script, if there is one."""
    try:
        pattern = re.compile(r"^\s*%s\.%s\s*=(?!=)" % (re.escape(modname), re.escape(attr)))
        for number, line in enumerate(linecache.getlines(_script), 1):
            if pattern.match(line):
                return "%s:%d" % (_classify(_script) or os.path.basename(_script), number)
    except Exception:
        pass
    return ""


# ---------------------------------------------------------------------------------------
# The flusher: a bare _thread thread (not a threading.Thread, so not in enumerate() and
# never reported), writing pending lines every 20 ms; every 100 ms it also writes the gate's
# counts, exposes acquires hidden for too long and checks for replaced primitives.

def _flusher():
    previous = {}
    tick = 0
    while _fd is not None:
        _real_sleep(0.02)
        try:
            tick += 1
            if tick % 5 == 0:
                now = dict(_hidden)
                for lock, r in now.items():
                    if previous.get(lock) is r:
                        _expose(lock)
                previous = now
                busy = False
                for r in list(_recs.values()):
                    if r.quiet:
                        _note_quiet(r)
                        busy = True
                    elif r.burst >= _GATE and not r.ended:
                        # Nothing counted for 100 ms: the burst is over. What the thread
                        # changed unreported is put right now, and it is reported in full
                        # again from its next operation on.
                        if _dirty:
                            _resync_all(None, 0.05)
                        r.burst = 0
                if _dirty and not busy:
                    _resync_all(None, 0.05)
                _check_replaced()
            _flush()
        except Exception:
            _oops()


def _start_flusher():
    try:
        _thread.start_new_thread(_flusher, ())
    except Exception:
        _oops()


def _at_exit():
    # Runs last of all atexit handlers (registered first), after threading._shutdown.
    try:
        _check_replaced()
        _settle_everyone()
        if _pid != _root_pid:
            _end_all(_exit_code)
        _flush()
    except Exception:
        pass


# ---------------------------------------------------------------------------------------
# Installing, and running the script.

def _install():
    global _stdlib_dirs
    dirs = set()
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        try:
            dirs.add(sysconfig.get_paths()[key])
        except Exception:
            pass
    dirs.add(os.path.dirname(os.__file__))
    dirs.add(os.path.dirname(threading.__file__))
    more = set()
    for d in dirs:
        more.add(os.path.realpath(d))
    _stdlib_dirs = tuple(d.rstrip(os.sep) + os.sep for d in (dirs | more) if d)

    _recs[_ident()] = _Rec(0, "MainThread")
    threading.Lock = _lock_factory
    threading.RLock = _rlock_factory
    threading.Condition = _Condition
    threading.Semaphore = _Semaphore
    threading.BoundedSemaphore = _BoundedSemaphore
    threading.Event = _Event
    threading.Barrier = _Barrier
    _RealThread.start = _thread_start
    _RealThread._bootstrap_inner = _thread_bootstrap_inner
    _RealThread.join = _thread_join
    threading._shutdown = _shutdown
    threading.Timer.run = _timer_run
    threading.Timer.cancel = _timer_cancel
    queue.Queue = _Queue
    queue.LifoQueue = _LifoQueue
    queue.PriorityQueue = _PriorityQueue
    queue.SimpleQueue = _SimpleQueue
    time.sleep = _sleep
    os._exit = _exit
    os.waitpid = _waitpid
    os.fork = _fork
    for module, modname, names in ((threading, "threading", ("Lock", "RLock", "Condition", "Semaphore",
                                                               "BoundedSemaphore", "Event", "Barrier", "Thread",
                                                               "Timer")),
                                   (queue, "queue", ("Queue", "LifoQueue", "PriorityQueue", "SimpleQueue")),
                                   (time, "time", ("sleep",))):
        for name in names:
            _installed.append((module, modname, name, getattr(module, name)))
    os.register_at_fork(before=_before_fork, after_in_child=_after_fork_child)
    atexit.register(_at_exit)
    if "multiprocessing" in sys.modules:
        _patch_multiprocessing()
        _ImportHook.patches.pop("multiprocessing", None)
    if "concurrent.futures" in sys.modules:
        _patch_futures()
        _ImportHook.patches.pop("concurrent.futures", None)
    if "concurrent.futures.thread" in sys.modules:
        _patch_pool()
        _ImportHook.patches.pop("concurrent.futures.thread", None)
    sys.meta_path.insert(0, _ImportHook())
    _start_flusher()


def _user_traceback(tb):
    """The traceback without the probe's and runpy's frames in front of the script's."""
    while tb is not None:
        fn = tb.tb_frame.f_code.co_filename
        if fn.startswith("<") or os.path.basename(fn) == "runpy.py":
            tb = tb.tb_next
        else:
            break
    return tb


def _main():
    global _fd, _script, _script_dir, _exit_code, _GATE
    text = os.environ.pop("SPINDLE_TRACE_FD", None)
    if os.environ.pop("SPINDLE_PROBE_GATE", None) == "0":
        _GATE = 1 << 62
    if len(sys.argv) < 2:
        sys.stderr.write("usage: python3 -c PROBE SCRIPT.py [ARGS...]\n")
        sys.exit(2)
    _script = sys.argv[1]
    _script_dir = os.path.dirname(os.path.abspath(_script))
    try:
        fd = int(text) if text is not None else None
        if fd is not None:
            os.fstat(fd)
            os.set_inheritable(fd, False)  # exec'd programs must not hold the pipe open
            _fd = fd
    except Exception:
        _fd = None
    if _fd is not None:
        try:
            _put(_Rec(0, "MainThread"), "hello\t1\t%s\t%s" % (_clean(sys.version.split()[0]), _clean(_script, 200)), "")
            _flush()
            _install()
        except Exception:
            _oops()
    sys.argv = [_script] + sys.argv[2:]
    sys.path[0] = _script_dir
    try:
        runpy.run_path(_script, run_name="__main__")
    except SystemExit as exc:
        code = exc.code
        if code is None:
            _exit_code = 0
        elif isinstance(code, int):
            _exit_code = code & 0xFF
        else:
            _exit_code = 1
        raise
    except BaseException as exc:
        _exit_code = 1
        if isinstance(exc, KeyboardInterrupt):
            raise
        tb = _user_traceback(exc.__traceback__)
        sys.excepthook(type(exc), exc.with_traceback(tb), tb)
        del exc, tb
        sys.exit(1)


_main()
