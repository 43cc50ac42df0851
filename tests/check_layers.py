#!/usr/bin/python3
"""Fails when a folder of lib/ includes a folder of a higher layer
(docs/architecture.md's table, kept here as data), or a folder that is in
no layer: the include graph must keep running downwards."""
import os
import re
import sys

LAYERS = [
    ["text", "calendar", "json", "vocab", "exec"],
    ["diag", "package", "csv", "mail"],
    ["sheet", "xlsx", "ods", "xls", "io", "store"],
    ["roadmap", "registry", "submission"],
    ["validate", "merge"],
    ["outcome", "aggregate"],
    ["book", "render", "docx", "chart", "spravka", "template", "feedback", "order"],
    ["run"],
    ["serve"],
]
LAYER = {folder: n for n, folders in enumerate(LAYERS) for folder in folders}
INCLUDE = re.compile(r'^#include "([a-z_]+)/', re.M)

lib = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib")
bad = []
for folder in sorted(os.listdir(lib)):
    path = os.path.join(lib, folder)
    if not os.path.isdir(path):
        continue
    if folder not in LAYER:
        bad.append(f"lib/{folder}/ is in no layer (add it to docs/architecture.md and tests/check_layers.py)")
        continue
    for name in sorted(os.listdir(path)):
        if not name.endswith((".h", ".cpp", ".inc")):
            continue
        with open(os.path.join(path, name), encoding="utf-8") as f:
            for used in set(INCLUDE.findall(f.read())):
                if used not in LAYER:
                    bad.append(f"lib/{folder}/{name} includes {used}/, which is in no layer")
                elif LAYER[used] > LAYER[folder]:
                    bad.append(f"lib/{folder}/{name} (layer {LAYER[folder]}) includes {used}/ (layer {LAYER[used]})")
for line in bad:
    print(line)
if bad:
    sys.exit(1)
print(f"{len(LAYER)} folders in {len(LAYERS)} layers; every include runs downwards or sideways")
