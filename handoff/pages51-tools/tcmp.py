import sys, json
sys.path.insert(0, "bench")
import wcxb
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2])); field = sys.argv[3] if len(sys.argv) > 3 else "title"
up = down = same = 0
for k in a:
    if a[k][field] == b[k][field]: continue
    g = a[k]["gold_" + ("title" if field == "title" else "author")]
    chk = wcxb._same_title if field == "title" else wcxb._same_author
    oa, ob = (bool(g) and chk(g, a[k][field])), (bool(g) and chk(g, b[k][field]))
    tag = "UP" if ob and not oa else "DOWN" if oa and not ob else "same"
    up += tag == "UP"; down += tag == "DOWN"; same += tag == "same"
    print(tag, k, a[k]["kind"], "gold=", repr(g), "| old=", repr(a[k][field]), "| new=", repr(b[k][field]))
print("up", up, "down", down, "changed-same", same)
