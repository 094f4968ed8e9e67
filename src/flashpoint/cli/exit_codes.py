"""Exit statuses of the ``flashpoint`` command (the README's table lists them).

The status follows the share of inputs rejected, as trafilatura's does (``cli_utils._define_exit_code``):
none, some, or (nearly) all. A crash, a failed output and an interruption each have their own.
"""

EXIT_OK = 0              # every input was coded (or there was none)
EXIT_SOME_FAILED = 1     # some inputs were rejected (see the summary or --errors)
EXIT_USAGE = 2           # bad flag, missing input, invalid date, unknown format, refused output path
EXIT_MOST_FAILED = 3     # more than MOST_FAILED_SHARE of the inputs were rejected
EXIT_INTERNAL = 70       # a bug in flashpoint (EX_SOFTWARE of sysexits.h): traceback on stderr
EXIT_OUTPUT_FAILED = 74  # an output could not be written mid-run (EX_IOERR): disk full, size limit
EXIT_BROKEN_PIPE = 141   # the reader of standard output went away (128 + SIGPIPE, as shells say)
EXIT_INTERRUPTED = 130   # Ctrl-C (128 + SIGINT)
EXIT_TERMINATED = 143    # SIGTERM (128 + SIGTERM)

#: Above this share of rejected inputs the run failed as a whole (trafilatura's threshold).
MOST_FAILED_SHARE = 0.99


def exit_status(*, inputs: int, rejected: int) -> int:
    """The status of a run that went to its end: by the share of inputs rejected."""
    if rejected == 0 or inputs == 0:
        return EXIT_OK
    if rejected > MOST_FAILED_SHARE * inputs:
        return EXIT_MOST_FAILED
    return EXIT_SOME_FAILED
