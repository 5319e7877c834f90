"""trainspotter_log: write training metrics as trainspotter's JSONL protocol.

One file, standard library only: copy it next to your training script (or vendor it) and

    from trainspotter_log import TrainspotterLog

    with TrainspotterLog() as log:                 # $TRAINSPOTTER_OUT/metrics.jsonl, else ./metrics.jsonl
        for step, batch in enumerate(loader):
            loss = train_step(batch)
            log(step=step, loss=loss)               # a float, an int, a 0-d tensor or a numpy scalar
            if step % 500 == 0:
                log(step=step, split="val", loss=val_loss, accuracy=val_acc)

Each call writes one line such as
    {"step": 500, "split": "val", "loss": 0.42, "accuracy": 0.91, "time": 1700000000.123}
and flushes it, so trainspotter (and `tail -f`) sees every line as soon as it is written, and a
crashed run keeps everything it logged. NaN and infinite values are written as Python's json
module writes them (NaN, Infinity, -Infinity), which trainspotter reads as non-finite points.

In multi-process training (DDP), log from rank 0 only.
"""

import json
import os
import time

__all__ = ["TrainspotterLog"]
__version__ = "1.0.0"

_RESERVED = ("step", "split", "epoch", "time")


def _default_path():
    out = os.environ.get("TRAINSPOTTER_OUT")
    return os.path.join(out, "metrics.jsonl") if out else "metrics.jsonl"


def _number(name, value):
    """An int or float for the JSON line; tensors and numpy scalars through float()."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    try:
        return float(value)  # 0-d / one-element torch tensors, numpy scalars, Decimal ...
    except (TypeError, ValueError) as error:
        raise TypeError(
            "trainspotter_log: metric %r must be a number, a 0-d tensor or a numpy scalar; got %s (%s). "
            "Log one number per metric, e.g. loss=loss.item()" % (name, type(value).__name__, error)
        ) from None


class TrainspotterLog:
    """Appends one JSON object per call to `path` (default: $TRAINSPOTTER_OUT/metrics.jsonl,
    else ./metrics.jsonl). The file is line-buffered and flushed after every line.
    `mode="w"` starts the file afresh instead of appending (appending keeps a resumed run's
    earlier points; trainspotter shows a restart, where the step goes back, as a new run)."""

    def __init__(self, path=None, mode="a"):
        if mode not in ("a", "w"):
            raise ValueError("trainspotter_log: mode must be 'a' (append) or 'w' (overwrite), got %r" % (mode,))
        self.path = os.fspath(path) if path is not None else _default_path()
        folder = os.path.dirname(self.path)
        if folder:
            os.makedirs(folder, exist_ok=True)
        self._file = open(self.path, mode, buffering=1, encoding="utf-8")

    def __call__(self, step=None, split="train", epoch=None, **metrics):
        """Writes one line: `step` (optimiser step; int), `split` ('train', 'val', 'test' ...),
        optional `epoch`, and each keyword metric (`loss=...`, `accuracy=...`)."""
        if self._file is None:
            raise ValueError("trainspotter_log: the log %s is closed" % self.path)
        if not metrics:
            raise TypeError("trainspotter_log: give at least one metric, e.g. log(step=step, loss=loss)")
        record = {}
        if step is not None:
            record["step"] = int(step)
        if epoch is not None:
            record["epoch"] = _number("epoch", epoch)
        record["split"] = str(split)
        for name, value in metrics.items():
            if name in _RESERVED:
                raise TypeError("trainspotter_log: %r is reserved; name the metric differently" % (name,))
            record[name] = _number(name, value)
        record["time"] = round(time.time(), 3)
        # allow_nan (the default) writes NaN / Infinity: a diverged loss must reach the log.
        self._file.write(json.dumps(record, allow_nan=True) + "\n")
        self._file.flush()

    log = __call__

    def close(self):
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
        return False

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass
