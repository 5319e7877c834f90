"""What the runner asks of the probe, read from the environment it gives the command."""

import os

# Defaults when the runner gives no cap (it always does; these keep a hand-run probe bounded).
DEFAULT_MAX_STEPS = {"smoke": 500, "overfit": 300}


def _positive(environ, name, parse):
    raw = environ.get(name, "").strip()
    if raw == "":
        return None
    try:
        value = parse(raw)
    except ValueError:
        raise ValueError("%s=%r is not a number; trainspotter sets it from max_steps / max_time" % (name, raw))
    return value if value > 0 else None


class Settings:
    """check: smoke | overfit | eval; out: the folder to write into; max_steps / max_time
    (seconds) end the run cleanly; fix_batch repeats the first batch of every DataLoader;
    rank: the process's rank under torch.distributed (only rank 0 writes)."""

    def __init__(self, check, out, max_steps, max_time, fix_batch, rank):
        self.check = check
        self.out = out
        self.max_steps = max_steps
        self.max_time = max_time
        self.fix_batch = fix_batch
        self.rank = rank

    @classmethod
    def from_env(cls, environ):
        if environ.get("TRAINSPOTTER_PROBE") != "1":
            return None
        out = environ.get("TRAINSPOTTER_OUT")
        if not out:
            return None
        check = environ.get("TRAINSPOTTER_CHECK", "smoke")
        max_steps = _positive(environ, "TRAINSPOTTER_MAX_STEPS", int)
        if max_steps is None and "TRAINSPOTTER_MAX_STEPS" not in environ:
            max_steps = DEFAULT_MAX_STEPS.get(check)
        max_time = _positive(environ, "TRAINSPOTTER_MAX_TIME", float)
        fix_batch = environ.get("TRAINSPOTTER_FIX_BATCH", "1" if check == "overfit" else "0") == "1"
        rank = int(environ.get("RANK", environ.get("LOCAL_RANK", "0")) or 0)
        return cls(check, os.path.abspath(out), max_steps, max_time, fix_batch, rank)
