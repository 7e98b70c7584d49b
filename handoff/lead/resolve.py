"""Resolve writer-merge conflicts: both sides appended, so keep both (drop marker lines)."""
import re
for path in ("bench/data/fresh/speakers.jsonl", "bench/data/fresh/README.md"):
    text = open(path, encoding="utf-8").read()
    lines = [l for l in text.split("\n") if not re.match(r"^(<<<<<<< |=======$|>>>>>>> )", l)]
    text = "\n".join(lines)
    if path.endswith(".md"):
        text = re.sub(r"\n*(## The [a-z]+-set)", r"\n\n\1", text)
    else:
        text = "\n".join(l for l in text.split("\n") if l.strip()) + "\n"
    open(path, "w", encoding="utf-8").write(text)
