"""An import hook that calls back once `import torch` has completed, without importing torch.
(Plain classes: the import system needs only these methods, and importlib.abc costs ~30 ms.)"""

import sys


class _Loader:
    """Runs the real loader, then the callback; everything else is the real loader's."""

    def __init__(self, real, on_loaded):
        self._real = real
        self._on_loaded = on_loaded

    def create_module(self, spec):
        return self._real.create_module(spec)

    def exec_module(self, module):
        self._real.exec_module(module)
        self._on_loaded(module)

    def __getattr__(self, name):
        return getattr(self._real, name)


class _TorchFinder:
    def __init__(self, on_loaded):
        self._on_loaded = on_loaded

    def find_spec(self, name, path=None, target=None):
        if name != "torch":
            return None
        sys.meta_path.remove(self)  # once: the real finders answer from here on
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            spec = find(name, path, target) if find else None
            if spec is not None:
                break
        else:
            return None
        if spec.loader is not None and hasattr(spec.loader, "exec_module"):
            spec.loader = _Loader(spec.loader, self._on_loaded)
        return spec


def install_import_hook(on_loaded):
    """Calls on_loaded(torch) right after the script's `import torch` has finished executing."""
    sys.meta_path.insert(0, _TorchFinder(on_loaded))
