#!/usr/bin/env bash
# One prepared run of the GPU checks on the device machine: trainspotter run on the PyTorch digits
# example with CUDA, under nvidia-smi telemetry; then the same smoke check forced onto the CPU
# with require_gpu: true, which must fail as "GPU present but never used". Then the PyTorch
# probe on CUDA: its overhead on a small CNN (steps/s with the probe off and on, same losses),
# the unscaled loss under AMP, and `trainspotter run` on minGPT's adder with `run: python ...`.
# Needs dist/ built and an xz-compressed Node binary at .device/node.xz (the device image has
# Python, PyTorch and scikit-learn but no Node): xz -c "$(command -v node)" > .device/node.xz
set -u
exec > >(tee "$OUT/run.log") 2>&1
python3 -c "import lzma,shutil,os;shutil.copyfileobj(lzma.open('.device/node.xz'),open('/tmp/node','wb'));os.chmod('/tmp/node',0o755)"
/tmp/node --version; nvidia-smi -L; python3 -c "import torch,sklearn;print('torch',torch.__version__,'cuda',torch.cuda.is_available())"
cd examples/pytorch-digits
sed -e 's|^\(    timeout: .*\)$|\1\n    require_gpu: true|' trainspotter.yml > trainspotter.gpu.yml
sed -e 's|sh train.sh --epochs 5|sh train.sh --epochs 5 --device cpu|' trainspotter.gpu.yml > trainspotter.cpu.yml
grep -n "require_gpu\|run:" trainspotter.gpu.yml
time /tmp/node ../../dist/cli.js run --config trainspotter.gpu.yml --out /tmp/gpu; echo "exit gpu: $?"
time /tmp/node ../../dist/cli.js run --config trainspotter.cpu.yml --check smoke --out /tmp/cpu; echo "exit cpu: $?"
cp /tmp/gpu/report.json "$OUT/gpu-report.json"; cp /tmp/gpu/report.md "$OUT/gpu-report.md"; cp /tmp/cpu/report.json "$OUT/cpu-report.json"
nvidia-smi --query-compute-apps=pid,used_memory --format=csv; ps -eo pid,cmd | grep -c "[t]rain.py" || true

# --- the PyTorch probe on CUDA -------------------------------------------------------------
cd ../..
python3 bench/probe-overhead.py 300 cuda | tee "$OUT/probe-overhead-cuda.json"
rm -rf /tmp/amp && TRAINSPOTTER_PROBE=1 TRAINSPOTTER_OUT=/tmp/amp TRAINSPOTTER_CHECK=smoke TRAINSPOTTER_MAX_STEPS=1000 \
  PYTHONPATH="$PWD/python" python3 scripts/gpu-probe-amp.py | tee "$OUT/probe-amp.json"; echo "exit amp: $?"
rm -rf /tmp/gpt && cp -r test/fixtures/probe-scripts/minGPT /tmp/gpt
printf 'checks:\n  smoke:\n    run: python3 -m projects.adder.adder --trainer.num_workers=0\n    max_steps: 300\n    require_gpu: true\n  overfit:\n    run: python3 -m projects.adder.adder --trainer.num_workers=0\n    require_gpu: true\n' > /tmp/gpt/trainspotter.yml
(cd /tmp/gpt && time /tmp/node "$OLDPWD/dist/cli.js" run --out /tmp/gpt/out); echo "exit probe run: $?"
cp /tmp/gpt/out/report.json "$OUT/probe-report.json"; cp /tmp/gpt/out/report.md "$OUT/probe-report.md"
