# An assembler like ByteNite's data assembler: every regular file at the top of TASK_RESULTS_DIR is a
# JSON list; all of them are merged into OUTPUT_DIR/merged.json.
import json
import os

results_dir = os.environ["TASK_RESULTS_DIR"]
merged = []
for name in sorted(os.listdir(results_dir)):
    path = os.path.join(results_dir, name)
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as results:
            merged.extend(json.load(results))
merged.sort(key=lambda page: page["url"])
with open(os.path.join(os.environ["OUTPUT_DIR"], "merged.json"), "w", encoding="utf-8") as out:
    json.dump(merged, out)
