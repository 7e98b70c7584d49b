"""usage: overlay.py BASE.json PART.json OUT.json: BASE with PART's pages replaced."""
import json, sys
b = json.load(open(sys.argv[1])); b.update(json.load(open(sys.argv[2])))
json.dump(b, open(sys.argv[3], "w"))
