"""Reading tensors off the device in batches: one synchronisation per batch, never one per step."""


def floats(torch, tensors):
    """The values of 0-d (or one-element) tensors as Python floats, one transfer per device."""
    if not tensors:
        return []
    flat = [t.detach().reshape(()).to(torch.float32) for t in tensors]
    try:
        return torch.stack(flat).cpu().tolist()
    except RuntimeError:  # tensors on several devices
        return [float(t) for t in flat]


def resolve(torch, value):
    """A structure of dicts / lists / tensors with every tensor turned into a float or a list of floats."""
    pending = []

    def collect(v):
        if isinstance(v, dict):
            for x in v.values():
                collect(x)
        elif isinstance(v, (list, tuple)):
            for x in v:
                collect(x)
        elif isinstance(v, torch.Tensor):
            pending.append(v)

    collect(value)
    scalars = [t for t in pending if t.numel() == 1]
    done = dict(zip(map(id, scalars), floats(torch, scalars)))

    def build(v):
        if isinstance(v, dict):
            return {k: build(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [build(x) for x in v]
        if isinstance(v, torch.Tensor):
            return done[id(v)] if id(v) in done else v.detach().to(torch.float32).cpu().tolist()
        return v

    return build(value)


def clone_batch(torch, batch):
    """A copy of a batch (tensors cloned, containers rebuilt), so in-place edits never reach the original."""
    if isinstance(batch, torch.Tensor):
        return batch.clone()
    if isinstance(batch, tuple) and hasattr(batch, "_fields"):
        return type(batch)(*(clone_batch(torch, x) for x in batch))
    if isinstance(batch, (list, tuple)):
        return type(batch)(clone_batch(torch, x) for x in batch)
    if isinstance(batch, dict):
        return type(batch)((k, clone_batch(torch, v)) for k, v in batch.items())
    return batch
