#!/usr/bin/env bash
# One prepared run of the GPU checks on the device machine: trainspotter run on the PyTorch digits
# example with CUDA, under nvidia-smi telemetry; then the same smoke check forced onto the CPU
# with require_gpu: true, which must fail as "GPU present but never used".
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
