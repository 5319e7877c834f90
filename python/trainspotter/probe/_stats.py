"""Small statistics of tensors, kept as 0-d tensors (no device sync) until the probe flushes."""


def batch_stats(torch, x):
    """Min, max, mean and std of a floating batch as it enters the model, and its shape."""
    v = x.detach().to(torch.float32)
    return {
        "floating": True,
        "shape": list(x.shape),
        "count": v.numel(),
        "min": v.min(),
        "max": v.max(),
        "mean": v.mean(),
        "std": v.std() if v.numel() > 1 else v.new_zeros(()),
    }


def loss_input_stats(torch, fn_name, input):
    """What a loss function was given: its range, how far rows are from summing to 1 (probabilities)
    and from logsumexp 0 (log-probabilities), the share of exact zeros, and C, the class count."""
    x = input.detach().to(torch.float32)
    stats = {"dim": x.dim(), "shape": list(x.shape)}
    if x.numel() == 0:
        return stats
    stats.update(min=x.min(), max=x.max(), zero_fraction=(x == 0).to(torch.float32).mean())
    if fn_name in ("cross_entropy", "nll_loss") and x.dim() >= 1:
        classes = x.shape[1] if x.dim() >= 2 else x.shape[0]
        stats["classes"] = int(classes)
        rows = x.movedim(1, -1).reshape(-1, classes) if x.dim() >= 2 else x.reshape(1, -1)
        stats["row_sum_error"] = (rows.sum(-1) - 1).abs().max()
        stats["logsumexp_error"] = rows.logsumexp(-1).abs().max()
    return stats


def relu_alive(torch, output):
    """Units of a ReLU's output (all positions but the batch's) and how many were 0 for every example."""
    alive = (output.detach() > 0).reshape(output.shape[0], -1).any(0) if output.dim() > 1 else output.detach() > 0
    return {"units": alive.numel(), "dead": (~alive).sum().to(torch.float32)}
