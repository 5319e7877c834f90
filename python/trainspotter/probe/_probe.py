"""The probe's state: what it has seen, when it writes, and how it stops the run."""

import atexit
import json
import os
import sys
import time

from ._values import resolve

# Losses are read off the device this many backward() calls at a time (one sync per batch).
FLUSH_EVERY = 32
# Parameter gradients and updates are measured at optimizer steps 0 and 1, then every PROBE_EVERY.
PROBE_EVERY = 16
# Update ratios need a copy of the weights; models above this many elements are not copied.
MAX_COPY_ELEMENTS = 50_000_000
# Loss-function inputs measured per function (the first calls with gradients on).
LOSS_INPUT_CALLS = 1

LOSS_FILE = "probe.jsonl"
SUMMARY_FILE = "probe-summary.json"


class ProbeStop(SystemExit):
    """Ends the script cleanly (exit status 0) once the step or time cap is reached."""


class Probe:
    def __init__(self, settings):
        self.settings = settings
        self.torch = None
        self.started = time.perf_counter()
        self.off = None  # why the probe switched itself off
        self.writes = settings.rank == 0
        self.backward_calls = 0
        self.optimizer_steps = 0
        self.optimizers = 0
        self.zero_grad_calls = 0
        self.grad_cleared = False
        self.capped = None
        self.pending = []  # (backward index, detached loss tensor)
        self.lines = []
        self.loss_inputs = {}
        self.input_stats = None
        # name -> {"kernel", "steps", "grad_norms" (None where no gradient), "update_ratios"}
        self.params = {}
        self.names = {}  # id(parameter) -> name
        self.module_names = {}  # id(module) -> name
        self.relu = {}
        self.modes = {}
        self.loaders = 0
        self.fixed_loaders = 0
        self.batch_problem = None
        self.in_step = False
        self.in_backward = False
        self.scaled = None  # (scaled loss, unscaled loss) from GradScaler.scale
        self.seen_modules = []
        self.named = False
        self.hooks = []
        self.probe_handles = []
        if self.writes:
            os.makedirs(settings.out, exist_ok=True)
            open(os.path.join(settings.out, LOSS_FILE), "w").close()

    # --- lifecycle -------------------------------------------------------------------------

    def attach(self, torch):
        """Wraps torch's entry points; called once, right after `import torch` completed."""
        if self.torch is not None:
            return
        self.torch = torch
        try:
            from ._wrap import wrap_all

            wrap_all(self, torch)
            atexit.register(self.finish)
        except Exception as error:
            self.fail("attaching to torch %s" % getattr(torch, "__version__", "?"), error)

    def fail(self, where, error):
        """Switches the probe off for good, with a note; the script runs on untouched."""
        if self.off is not None:
            return
        self.off = "%s: %s: %s" % (where, type(error).__name__, error)
        for handle in self.hooks + self.probe_handles:
            try:
                handle.remove()
            except Exception:
                pass
        sys.stderr.write("trainspotter probe: switched off (%s); the script runs on without it\n" % self.off)
        try:
            self.write_summary()
        except Exception:
            pass

    def guard(self, where, fn, *args):
        """Runs one piece of the probe's own work; an error in it switches the probe off."""
        if self.off is not None:
            return None
        try:
            return fn(*args)
        except ProbeStop:
            raise
        except Exception as error:
            self.fail(where, error)
            return None

    def elapsed(self):
        return time.perf_counter() - self.started

    # --- recording -------------------------------------------------------------------------

    def on_loss(self, loss):
        """One backward() of a scalar: keep the detached loss (the unscaled one under GradScaler)."""
        if self.scaled is not None and self.scaled[0] is loss:
            loss = self.scaled[1]
        self.scaled = None
        if not self.named:
            self.name_modules()
        if self.backward_calls == 0 and self.settings.fix_batch and self.loaders == 0:
            self.batch_problem = (
                "the script computed its first loss without iterating a torch.utils.data.DataLoader "
                "(it builds its batches itself: tensors indexed or sliced, a generator, a custom loader), "
                "so this run trained on its usual data"
            )
        self.pending.append((self.backward_calls, loss.detach()))
        self.backward_calls += 1
        if len(self.pending) >= FLUSH_EVERY:
            self.flush()

    def before_backward(self):
        """With no optimizer, backward() calls are the steps: stop before one past the cap."""
        s = self.settings
        if self.optimizers == 0 and s.max_steps is not None and self.backward_calls >= s.max_steps:
            self.stop("max_steps", self.backward_calls)
        if self.optimizers == 0 and s.max_time is not None and self.elapsed() >= s.max_time:
            self.stop("max_time", self.backward_calls)

    def after_step(self, optimizer):
        self.optimizer_steps += 1
        record = {"step": max(self.backward_calls - 1, 0)}
        for i, group in enumerate(optimizer.param_groups):
            lr = group.get("lr")
            if isinstance(lr, (int, float)) and not isinstance(lr, bool):
                record["lr" if i == 0 else "lr_group%d" % i] = float(lr)
        if len(record) > 1 and self.writes:
            self.lines.append(json.dumps(record, allow_nan=True))
        s = self.settings
        if s.max_steps is not None and self.optimizer_steps >= s.max_steps:
            self.stop("max_steps", self.optimizer_steps)
        if s.max_time is not None and self.elapsed() >= s.max_time:
            self.stop("max_time", self.optimizer_steps)

    def probing(self):
        """Whether the coming optimizer step is one whose gradients and update are measured."""
        n = self.optimizer_steps
        return n < 2 or n % PROBE_EVERY == 0

    def stop(self, reason, steps):
        self.capped = {"reason": reason, "steps": steps, "seconds": round(self.elapsed(), 3)}
        what = "%d optimizer steps" % steps if self.optimizers else "%d backward() calls" % steps
        sys.stderr.write(
            "trainspotter probe: stopped the run after %s (%s); this cap is not a failure\n" % (what, reason)
        )
        self.finish()
        raise ProbeStop(0)

    # --- naming ----------------------------------------------------------------------------

    def name_modules(self):
        """Names parameters and modules after the outermost modules called before the first backward()."""
        self.named = True
        seen = self.seen_modules
        self.seen_modules = []
        inner = set()
        for m in seen:
            for c in m.modules():
                if c is not m:
                    inner.add(id(c))
        roots = []
        for m in seen:
            if id(m) not in inner and all(m is not r for r in roots):
                roots.append(m)
        # a loss module is called too; only modules with parameters name parameters
        roots = [r for r in roots if next(iter(r.parameters()), None) is not None]
        for r_index, root in enumerate(roots):
            prefix = "" if len(roots) == 1 else "%s%d." % (type(root).__name__, r_index)
            for name, module in root.named_modules():
                self.module_names.setdefault(id(module), prefix + name if name else prefix + type(root).__name__)
            for name, p in root.named_parameters():
                self.names.setdefault(id(p), prefix + name)
        self.roots = roots
        from ._wrap import after_naming

        after_naming(self, self.torch)

    def param_name(self, p, group, index):
        return self.names.get(id(p)) or "param_groups[%d][%d]" % (group, index)

    # --- writing ---------------------------------------------------------------------------

    def flush(self):
        torch = self.torch
        if self.pending and self.writes:
            values = resolve(torch, [t for _, t in self.pending])
            for (step, _), value in zip(self.pending, values):
                self.lines.append(json.dumps({"step": step, "loss": value}, allow_nan=True))
        self.pending = []
        # tensors kept by the measurements are read off the device here, in one go
        self.params = resolve(torch, self.params)
        self.loss_inputs = resolve(torch, self.loss_inputs)
        self.input_stats = resolve(torch, self.input_stats)
        self.relu = resolve(torch, self.relu)
        if self.writes and self.lines:
            with open(os.path.join(self.settings.out, LOSS_FILE), "a", encoding="utf-8") as f:
                f.write("\n".join(self.lines) + "\n")
        self.lines = []
        self.write_summary()

    def finish(self):
        if self.off is not None or self.torch is None:
            return
        try:
            self.flush()
        except Exception as error:
            self.fail("writing at exit", error)

    def summary(self):
        return {
            "version": 1,
            "torch": getattr(self.torch, "__version__", None),
            "check": self.settings.check,
            "off": self.off,
            "backward_calls": self.backward_calls,
            "optimizer_steps": self.optimizer_steps,
            "optimizers": self.optimizers,
            "zero_grad_calls": self.zero_grad_calls,
            "grad_cleared": self.grad_cleared,
            "capped": self.capped,
            "max_steps": self.settings.max_steps,
            "max_time": self.settings.max_time,
            "fix_batch": self.settings.fix_batch,
            "loaders": self.loaders,
            "fixed_loaders": self.fixed_loaders,
            "batch_problem": self.batch_problem,
            "loss_inputs": self.loss_inputs,
            "input": self.input_stats,
            "params": [dict(p, name=name) for name, p in self.params.items()],
            "relu": self.relu,
            "modes": self.modes,
        }

    def write_summary(self):
        if not self.writes:
            return
        path = os.path.join(self.settings.out, SUMMARY_FILE)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(self.summary(), f, allow_nan=True)
        os.replace(path + ".tmp", path)
