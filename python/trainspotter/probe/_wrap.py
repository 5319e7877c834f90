"""The probe's wrappers around torch's entry points. Each one does the probe's work inside
probe.guard (an error there switches the probe off) and calls the original exactly once, with
the script's own arguments, outside it, so the script's results and exceptions are its own."""

import functools

from ._probe import MAX_COPY_ELEMENTS, LOSS_INPUT_CALLS, ProbeStop
from ._stats import batch_stats, loss_input_stats, relu_alive
from ._values import clone_batch

_MARK = "_trainspotter_wrapped"


def _wrap_method(owner, name, make):
    original = getattr(owner, name)
    if getattr(original, _MARK, False):
        return
    wrapper = functools.wraps(original)(make(original))
    setattr(wrapper, _MARK, True)
    setattr(owner, name, wrapper)


def wrap_all(probe, torch):
    _wrap_backward(probe, torch)
    _wrap_optimizer(probe, torch)
    _wrap_module(probe, torch)
    _wrap_losses(probe, torch)
    _wrap_scaler(probe, torch)
    _wrap_grad_modes(probe, torch)
    _wrap_dataloader(probe, torch)


# --- backward ---------------------------------------------------------------------------------


def _scalar(torch, t):
    return isinstance(t, torch.Tensor) and t.numel() == 1 and t.requires_grad


def _wrap_backward(probe, torch):
    def make_tensor_backward(original):
        def backward(self, *args, **kwargs):
            outer = not probe.in_backward
            if outer and probe.off is None:
                probe.guard("Tensor.backward", probe.before_backward)
                if _scalar(torch, self):
                    probe.guard("Tensor.backward", probe.on_loss, self)
            probe.in_backward = True
            try:
                return original(self, *args, **kwargs)
            finally:
                if outer:
                    probe.in_backward = False

        return backward

    def make_autograd_backward(original):
        def backward(tensors, *args, **kwargs):
            outer = not probe.in_backward
            if outer and probe.off is None:
                probe.guard("torch.autograd.backward", probe.before_backward)
                single = tensors[0] if isinstance(tensors, (list, tuple)) and len(tensors) == 1 else tensors
                if _scalar(torch, single):
                    probe.guard("torch.autograd.backward", probe.on_loss, single)
            probe.in_backward = True
            try:
                return original(tensors, *args, **kwargs)
            finally:
                if outer:
                    probe.in_backward = False

        return backward

    _wrap_method(torch.Tensor, "backward", make_tensor_backward)
    _wrap_method(torch.autograd, "backward", make_autograd_backward)


# --- optimizer --------------------------------------------------------------------------------


def _measure_before(probe, torch, optimizer):
    """Gradient norms of every parameter, and a copy of the weights to measure the update."""
    vector_norm = torch.linalg.vector_norm
    taken = []
    copies = 0
    for g, group in enumerate(optimizer.param_groups):
        for i, p in enumerate(group["params"]):
            if not p.requires_grad:
                continue
            name = probe.param_name(p, g, i)
            entry = probe.params.setdefault(name, {"kernel": p.dim() >= 2, "steps": [], "grad_norms": [], "update_ratios": []})
            entry["steps"].append(probe.optimizer_steps)
            grad = p.grad
            entry["grad_norms"].append(None if grad is None else vector_norm(grad.detach(), dtype=torch.float32))
            before = None
            if p.dim() >= 2 and copies + p.numel() <= MAX_COPY_ELEMENTS:
                before = p.detach().clone()
                copies += p.numel()
            taken.append((entry, p, before))
    return taken


def _measure_after(probe, torch, taken):
    vector_norm = torch.linalg.vector_norm
    for entry, p, before in taken:
        if before is None:
            entry["update_ratios"].append(None)
            continue
        now = p.detach()
        entry["update_ratios"].append(
            vector_norm(now - before, dtype=torch.float32) / vector_norm(now, dtype=torch.float32).clamp_min(1e-12)
        )


def _wrap_optimizer(probe, torch):
    Optimizer = torch.optim.Optimizer

    def make_init(original):
        def __init__(self, *args, **kwargs):
            original(self, *args, **kwargs)
            probe.optimizers += 1
            cls = type(self)
            if probe.off is None:
                probe.guard("wrapping %s.step" % cls.__name__, _wrap_method, cls, "step", make_step)

        return __init__

    def make_step(original):
        def step(self, *args, **kwargs):
            if probe.off is not None or probe.in_step:
                return original(self, *args, **kwargs)
            taken = probe.guard("Optimizer.step", _measure_before, probe, torch, self) if probe.probing() else None
            probe.in_step = True
            try:
                result = original(self, *args, **kwargs)
            finally:
                probe.in_step = False
            if taken:
                probe.guard("Optimizer.step", _measure_after, probe, torch, taken)
                probe.guard("Optimizer.step", arm_relu, probe, torch)
            probe.guard("Optimizer.step", probe.after_step, self)
            return result

        return step

    def make_zero_grad(original):
        def zero_grad(self, *args, **kwargs):
            probe.zero_grad_calls += 1
            return original(self, *args, **kwargs)

        return zero_grad

    _wrap_method(Optimizer, "__init__", make_init)
    _wrap_method(Optimizer, "zero_grad", make_zero_grad)
    _wrap_method(torch.nn.Module, "zero_grad", make_zero_grad)


# --- modules: names, the first input batch, dead ReLUs, train/eval modes ------------------------


def _wrap_module(probe, torch):
    from torch.nn.modules import module as module_mod

    def pre_hook(module, inputs):
        if probe.off is not None or probe.named:
            return None
        if len(probe.seen_modules) < 10000:
            probe.seen_modules.append(module)
        if probe.input_stats is None and torch.is_grad_enabled():
            probe.guard("reading the first input batch", _first_input, probe, torch, inputs)
        return None

    probe.hooks.append(module_mod.register_module_forward_pre_hook(pre_hook))


def _first_input(probe, torch, inputs):
    for x in inputs if isinstance(inputs, tuple) else (inputs,):
        if isinstance(x, torch.Tensor) and x.is_floating_point() and x.numel() > 0:
            probe.input_stats = batch_stats(torch, x)
            return
    probe.input_stats = {"floating": False}


def after_naming(probe, torch):
    """Called at the first backward(): the modules are known, the naming hook goes."""
    for handle in probe.hooks:
        handle.remove()
    probe.hooks = []
    relu = torch.nn.ReLU
    probe.relu_modules = [m for r in probe.roots for m in r.modules() if isinstance(m, relu)]


def arm_relu(probe, torch):
    """After a measured step: the next forward with gradients records which ReLU units are dead."""
    if probe.probe_handles or not getattr(probe, "relu_modules", None):
        return

    def hook(module, inputs, output):
        if probe.off is not None or not torch.is_grad_enabled() or not isinstance(output, torch.Tensor):
            return None
        probe.guard("measuring dead ReLUs", _record_relu, probe, torch, module, output)
        return None

    probe.relu_pending = {id(m) for m in probe.relu_modules}
    probe.probe_handles = [m.register_forward_hook(hook) for m in probe.relu_modules]


def _record_relu(probe, torch, module, output):
    if id(module) not in probe.relu_pending:
        return
    probe.relu_pending.discard(id(module))
    name = probe.module_names.get(id(module), "ReLU")
    probe.relu[name] = relu_alive(torch, output)
    if not probe.relu_pending:
        for handle in probe.probe_handles:
            handle.remove()
        probe.probe_handles = []


def _wrap_grad_modes(probe, torch):
    """Forward passes under no_grad / inference_mode with dropout or batch-norm still in train()."""
    from torch.nn.modules import module as module_mod

    mode_types = (torch.nn.modules.dropout._DropoutNd, torch.nn.modules.batchnorm._BatchNorm)
    state = {"handle": None, "armings": 0}

    def pre_hook(module, inputs):
        if probe.off is not None or torch.is_grad_enabled():
            if state["handle"] is not None:
                state["handle"].remove()
                state["handle"] = None
            return None
        if isinstance(module, mode_types) and module.training:
            name = probe.module_names.get(id(module), type(module).__name__)
            entry = probe.modes.setdefault(name, {"type": type(module).__name__, "calls": 0})
            entry["calls"] += 1
        return None

    def arm():
        if probe.in_step or state["handle"] is not None or state["armings"] >= 50:
            return
        state["armings"] += 1
        state["handle"] = module_mod.register_module_forward_pre_hook(pre_hook)

    def make_enter(original):
        def __enter__(self, *args, **kwargs):
            result = original(self, *args, **kwargs)
            if probe.off is None:
                probe.guard("watching no_grad", arm)
            return result

        return __enter__

    for cls in (torch.no_grad, getattr(torch, "inference_mode", None)):
        if cls is not None:
            _wrap_method(cls, "__enter__", make_enter)


# --- loss functions ---------------------------------------------------------------------------


def _wrap_losses(probe, torch):
    F = torch.nn.functional

    def make(fn_name):
        def make_loss(original):
            def loss(input, *args, **kwargs):
                if (
                    probe.off is None
                    and probe.loss_inputs.get(fn_name, {}).get("calls", 0) < LOSS_INPUT_CALLS
                    and torch.is_grad_enabled()
                    and isinstance(input, torch.Tensor)
                ):
                    probe.guard(fn_name, _record_loss_input, probe, torch, fn_name, input)
                return original(input, *args, **kwargs)

            return loss

        return make_loss

    for fn_name in ("cross_entropy", "nll_loss", "binary_cross_entropy"):
        if hasattr(F, fn_name):
            _wrap_method(F, fn_name, make(fn_name))


def _record_loss_input(probe, torch, fn_name, input):
    stats = loss_input_stats(torch, fn_name, input)
    previous = probe.loss_inputs.get(fn_name)
    stats["calls"] = (previous or {}).get("calls", 0) + 1
    probe.loss_inputs[fn_name] = stats


def _wrap_scaler(probe, torch):
    """Under AMP the tensor given to backward() is scaled; remember the loss it came from."""
    import importlib

    for module_name in ("torch.amp.grad_scaler", "torch.cuda.amp.grad_scaler"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        cls = getattr(module, "GradScaler", None)
        if cls is None or "scale" not in vars(cls):
            continue

        def make_scale(original):
            def scale(self, outputs, *args, **kwargs):
                result = original(self, outputs, *args, **kwargs)
                if probe.off is None and isinstance(outputs, torch.Tensor) and outputs.numel() == 1:
                    probe.scaled = (result, outputs.detach())
                return result

            return scale

        _wrap_method(cls, "scale", make_scale)


# --- data: the overfit check's fixed batch ----------------------------------------------------


class _FixedBatches:
    """Yields one batch again and again: as many times as the loader has batches, or, when it
    has no length, once for every batch the loader's own iterator still yields."""

    def __init__(self, torch, batch, count, underlying, extra=0):
        self._torch = torch
        self._batch = batch
        self._left = count
        self._underlying = underlying
        self._extra = extra  # the first batch, already taken from `underlying`

    def __iter__(self):
        return self

    def __len__(self):
        return self._left if self._left is not None else self._extra + len(self._underlying)

    def __next__(self):
        if self._left is None:
            if self._extra > 0:
                self._extra -= 1
            else:
                next(self._underlying)
        elif self._left <= 0:
            raise StopIteration
        else:
            self._left -= 1
        return clone_batch(self._torch, self._batch)


def _wrap_dataloader(probe, torch):
    DataLoader = torch.utils.data.DataLoader
    first = {}  # id(loader) -> (loader, first batch); the loader is kept so the id stays its own

    def fixed(loader, original):
        try:
            count = len(loader)
        except TypeError:
            count = None
        key = id(loader)
        if key in first and count is not None:
            # no new iterator (no worker processes started) for a batch already held
            return _FixedBatches(torch, first[key][1], count, None)
        it = original(loader)
        extra = 0
        if key not in first:
            try:
                batch = next(it)
            except StopIteration:
                return None
            first[key] = (loader, batch)
            probe.fixed_loaders += 1
            extra = 1
        if count is not None:
            return _FixedBatches(torch, first[key][1], count, None)
        return _FixedBatches(torch, first[key][1], None, it, extra)

    def make_iter(original):
        def __iter__(self):
            probe.loaders += 1
            if probe.off is None and probe.settings.fix_batch:
                repeated = probe.guard("fixing a DataLoader batch", fixed, self, original)
                if repeated is not None:
                    return repeated
            return original(self)

        return __iter__

    _wrap_method(DataLoader, "__iter__", make_iter)


__all__ = ["wrap_all", "after_naming", "arm_relu", "ProbeStop"]
