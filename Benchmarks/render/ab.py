#!/usr/bin/env python3
"""A/B timing of whole `borderlines` processes on a busy machine: runs the binaries alternately
(the order flips every round, so a change in the machine's load hits both alike) and prints, per
binary, the median, minimum and first quartile of the wall time and the median user+sys CPU.

    python3 Benchmarks/render/ab.py ROUNDS ARGS... -- BINARY BINARY...
    e.g. chrt -f 50 python3 Benchmarks/render/ab.py 25 render --data small.geojson -o s.png -- ./before ./after
"""
import subprocess, time, os, sys, statistics, resource
# usage: ab.py ROUNDS ARGS... -- bin1 bin2 ...   (ARGS: render args; output extension from args)
n = int(sys.argv[1]); i = sys.argv.index('--'); args = sys.argv[2:i]; bins = sys.argv[i+1:]
res = {b: [] for b in bins}; cpu = {b: [] for b in bins}
for r in range(n):
    for b in (bins if r % 2 == 0 else bins[::-1]):
        ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter(); subprocess.run([b] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True); t = time.perf_counter() - t
        ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        res[b].append(t * 1000); cpu[b].append((ru1.ru_utime - ru0.ru_utime + ru1.ru_stime - ru0.ru_stime) * 1000)
for b in bins:
    t = sorted(res[b]); c = sorted(cpu[b])
    print(f"{os.path.basename(b):22s} median {statistics.median(t):6.1f}  min {t[0]:6.1f}  p25 {t[len(t)//4]:6.1f}  cpu median {statistics.median(c):6.1f}")
print("load", open('/proc/loadavg').read().split()[:3])
