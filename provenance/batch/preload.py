"""Preloaded by the fork server that local batch workers are forked from.

`multiprocessing`'s forkserver start method runs one fresh, single-threaded server process
that imports the modules named by `set_forkserver_preload` and then forks every worker
from itself. Importing this module there loads the model and warms the language data
(`worker.warm_from_env`, settings from the server's environment), so each worker starts
with all of it already in memory, shared copy-on-write: the start-up is paid once per run,
not once per worker, and it runs while the batch process scans the archive.

BLAS is pinned to one thread before numpy can be imported: a process that forks must not
run a BLAS thread pool (its children would inherit a pool whose threads do not exist).
"""

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

from provenance.batch.worker import warm_from_env  # noqa: E402 - after the BLAS pin

warm_from_env()
