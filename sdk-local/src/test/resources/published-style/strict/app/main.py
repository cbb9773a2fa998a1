# An app like the docs' Hello World: reads params["case"], which this job does not give.
import json
import os

params = json.loads(os.environ["APP_PARAMS"])
print("reading the case")
mode = params["case"]
