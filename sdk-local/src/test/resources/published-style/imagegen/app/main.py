# An app that, like ByteNite's image generators, ignores its chunk, reads a prompt from APP_PARAMS and
# writes output_image.png into TASK_RESULTS_DIR (the same name in every task).
import json
import logging
import os

logging.basicConfig(level=logging.INFO, format="%(asctime)s - %(levelname)s - %(message)s")
prompt = json.loads(os.environ["APP_PARAMS"])["prompt"]
with open(os.path.join(os.environ["TASK_RESULTS_DIR"], "output_image.png"), "wb") as image:
    image.write(("%s, variation %s" % (prompt, os.environ["CHUNK_NUMBER"])).encode("utf-8"))
logging.warning("a preview, not a real image")
