"""review56: hand-made article pages through clean_html: title, author, kind, every body line,
and the removed lines' rules. usage: pagesprobe.py MODULE (a .py beside this with PAGES = {name: (html, url)})."""
import importlib.util, sys
from pathlib import Path
import newswire
from newswire.nlp.boilerplate.clean import clean_html
print("#", newswire.__file__, flush=True)
for arg in sys.argv[1:]:
    spec = importlib.util.spec_from_file_location("pages_mod", arg)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    for name, (html, url) in mod.PAGES.items():
        c = clean_html(html, url)
        print("==", name, "| title:", repr(c.title), "| author:", repr(getattr(c, "author", None)), "| kind:", getattr(c, "page_kind", None))
        for line in c.body.split("\n"):
            if line.strip():
                print("   |", line[:150])
        rl = getattr(c.boilerplate, "removed_lines", []) if getattr(c, "boilerplate", None) else []
        print("   removed:", [(r.text[:40], r.rule) for r in rl][:12])
