"""trainspotter's Python side: the PyTorch probe (trainspotter.probe), armed by the
sitecustomize beside this package when trainspotter runs a check's command."""

__version__ = "1.0.0"
