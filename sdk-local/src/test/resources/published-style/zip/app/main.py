# An assembler that, like ByteNite's zipper, archives the regular files at the top of
# TASK_RESULTS_DIR, each at the archive's root, into OUTPUT_DIR/results_archive.zip.
import os
import zipfile

results_dir = os.environ["TASK_RESULTS_DIR"]
files = sorted(f for f in os.listdir(results_dir) if os.path.isfile(os.path.join(results_dir, f)))
with zipfile.ZipFile(os.path.join(os.environ["OUTPUT_DIR"], "results_archive.zip"), "w", zipfile.ZIP_DEFLATED) as archive:
    for name in files:
        archive.write(os.path.join(results_dir, name), arcname=name)
print("zipped %d files" % len(files))
