import re, sys
log = open(sys.argv[1]).read()
want = sys.argv[2].split(",")
sec = None; tot = {"newswire": [0, 0, 0], "baseline": [0, 0, 0]}
for line in log.splitlines():
    m = re.match(r"== (.*)", line)
    if m: sec = m.group(1); continue
    m = re.match(r"  (newswire|baseline)\s+found ([\d.]+)\s+right ([\d.]+) of (\d+)", line)
    if m and sec in want:
        n = int(m.group(4)); t = tot[m.group(1)]
        t[0] += n; t[1] += round(float(m.group(2)) * n); t[2] += round(float(m.group(3)) * n)
for k, (n, f, r) in tot.items():
    print(k, n, "found %.3f right %.3f (%d)" % (f / n, r / n, r) if n else "")
