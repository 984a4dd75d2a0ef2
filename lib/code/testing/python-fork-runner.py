"""Runs each Python snippet given on the command line as __main__ in its own forked process.

The SDK is imported once here, before forking, because importing it costs about a second of CPU
per interpreter. Each child is otherwise a fresh run of the file: its own process, stdout and
stderr (written to FILE.out and FILE.err) and exit code (FILE.code).
"""

import os
import runpy
import sys
import traceback

import anthropic  # noqa: F401  (pre-imported for the children)

for path in sys.argv[1:]:
    pid = os.fork()
    if pid == 0:
        code = 0
        with open(path + ".out", "w", encoding="utf-8") as out, open(
            path + ".err", "w", encoding="utf-8"
        ) as err:
            sys.stdout, sys.stderr = out, err
            try:
                runpy.run_path(path, run_name="__main__")
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 1
            except BaseException:
                traceback.print_exc()
                code = 1
            out.flush()
            err.flush()
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    with open(path + ".code", "w") as code_file:
        code_file.write(str(os.waitstatus_to_exitcode(status)))
