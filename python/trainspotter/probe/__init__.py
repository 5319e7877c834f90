"""The PyTorch probe: watches an unmodified training script from inside its own process.

`arm()` (called by trainspotter's sitecustomize when TRAINSPOTTER_PROBE=1) installs an import
hook and returns; nothing happens until the script imports torch. Once that import has
completed, the probe wraps Tensor.backward, torch.autograd.backward, Optimizer.step /
zero_grad, the loss functions and DataLoader.__iter__ and writes what it sees to
$TRAINSPOTTER_OUT/probe.jsonl (the JSONL protocol: the loss of every backward(), the learning
rates) and $TRAINSPOTTER_OUT/probe-summary.json (the in-process measurements). It never
changes the numbers the script computes, never draws random numbers, reads losses off the
device in batches, and switches itself off with a note on its first internal error.
"""

import sys

from ._hook import install_import_hook
from ._settings import Settings

__all__ = ["arm", "active"]

_active = None


def active():
    """The armed probe of this process, or None (for benchmarks and tests)."""
    return _active


def arm(environ=None):
    """Arms the probe from the environment (default os.environ); a no-op when it is not asked for."""
    import os

    settings = Settings.from_env(os.environ if environ is None else environ)
    if settings is None:
        return None
    from ._probe import Probe

    global _active
    probe = Probe(settings)
    _active = probe
    if "torch" in sys.modules and hasattr(sys.modules["torch"], "Tensor"):
        probe.attach(sys.modules["torch"])
    else:
        install_import_hook(probe.attach)
    return probe
