# A partitioner like ByteNite's URL fan-out: the top-level source file is a JSON list of URLs, split
# into chunks of params["chunk_size"] URLs, each chunk a JSON list in data_<i>.bin.
import json
import os

source_dir = os.environ["SOURCE_DIR"]
size = json.loads(os.environ["PARTITIONER_PARAMS"]).get("chunk_size", 1)
urls = []
for name in sorted(os.listdir(source_dir)):
    path = os.path.join(source_dir, name)
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as source:
            urls.extend(json.load(source))
for i in range(0, len(urls), size):
    with open(os.path.join(os.environ["CHUNKS_DIR"], "data_%d.bin" % (i // size)), "w", encoding="utf-8") as chunk:
        json.dump(urls[i:i + size], chunk)
