# An app like ByteNite's scraper: reads its chunk (a JSON list of URLs) from TASK_DIR/data.bin, fetches
# each page and writes chunk_<CHUNK_NUMBER>_results.json into TASK_RESULTS_DIR.
import json
import os
import urllib.request

with open(os.path.join(os.environ["TASK_DIR"], "data.bin"), encoding="utf-8") as chunk:
    urls = json.load(chunk)
pages = []
for url in urls:
    with urllib.request.urlopen(url, timeout=10) as response:
        pages.append({"url": url, "text": response.read().decode("utf-8")})
name = "chunk_%s_results.json" % os.environ["CHUNK_NUMBER"]
with open(os.path.join(os.environ["TASK_RESULTS_DIR"], name), "w", encoding="utf-8") as results:
    json.dump(pages, results)
