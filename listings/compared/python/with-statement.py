import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "log.txt")

    with open(path, "a") as log:
        log.write("hello\n")
        print("inside the with block, closed:", log.closed)
    # log.close() has been called here
    print("after the with block, closed:", log.closed)
