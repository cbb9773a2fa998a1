# A partitioner that reads the contract as ByteNite's fanout-replica does: the regular files at the
# top of SOURCE_DIR, each copied params["num_replicas"] times into CHUNKS_DIR as data_<i>.bin.
import json
import os

source_dir = os.environ["SOURCE_DIR"]
chunks_dir = os.environ["CHUNKS_DIR"]
replicas = int(json.loads(os.environ["PARTITIONER_PARAMS"])["num_replicas"])
index = 0
for name in sorted(os.listdir(source_dir)):
    path = os.path.join(source_dir, name)
    if not os.path.isfile(path):
        continue
    with open(path, "rb") as source:
        content = source.read()
    for _ in range(replicas):
        with open(os.path.join(chunks_dir, "data_%d.bin" % index), "wb") as chunk:
            chunk.write(content)
        index += 1
print("fanned out into %d chunks" % index)
