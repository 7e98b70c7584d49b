import time, newswire
from newswire.nlp.boilerplate.html import extract
print(newswire.__file__.split("/")[3])
para = "<p>The council met on Tuesday to discuss the new budget for the coming year in detail.</p>"
for n in (100, 400, 1600):
    body = "".join(f"{para}<h3>FAQ {i}</h3><p>Is it free {i}?</p>" for i in range(n))
    html = f"<html><head><title>T</title></head><body><article><h1>Budget</h1>{body}</article></body></html>"
    t0 = time.perf_counter(); r = extract(html); dt = time.perf_counter() - t0
    print(n, f"{dt:.2f}s", len(str(r)))
# nested boxes
for depth in (50, 200):
    inner = f"{para*3}<h2>Frequently asked questions</h2><div><p>Is it free?</p><p>Yes it is.</p><p>Can I cancel?</p><p>Any time.</p></div>"
    html = "<html><body>" + "<div>"*depth + f"<article>{inner}</article>" + "</div>"*depth + "</body></html>"
    t0 = time.perf_counter(); r = extract(html); dt = time.perf_counter() - t0
    print("depth", depth, f"{dt:.2f}s", repr(str(r)[-300:]))
