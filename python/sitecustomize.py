"""trainspotter's sitecustomize: arms the PyTorch probe, then runs the sitecustomize it shadows.

trainspotter puts this folder first on the PYTHONPATH of a check's command. Outside such a
command (TRAINSPOTTER_PROBE unset) it only chains to the next sitecustomize on sys.path.
Nothing here imports torch: the probe waits for the script to import it.
"""


def _arm():
    import os

    if os.environ.get("TRAINSPOTTER_PROBE") != "1":
        return
    try:
        from trainspotter.probe import arm

        arm()
    except Exception as error:  # the probe must never stop the script
        import sys

        sys.stderr.write("trainspotter probe: not started (%s: %s)\n" % (type(error).__name__, error))


def _chain():
    """Runs the next `sitecustomize` on sys.path after this file's folder, as Python would have."""
    import importlib.machinery
    import importlib.util
    import os
    import sys

    here = os.path.dirname(os.path.abspath(__file__))
    rest = [p for p in sys.path if os.path.abspath(p or ".") != here]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", rest)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules["sitecustomize"] = module
    spec.loader.exec_module(module)


_arm()
_chain()
