"""Exit statuses of the ``flashpoint`` command (the README's table lists them)."""

EXIT_OK = 0            # every document was processed
EXIT_SOME_FAILED = 1   # some documents were rejected (see the summary or --errors)
EXIT_USAGE = 2         # bad flag, missing input, invalid date, unknown format (FlashpointError.exit_code)
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT
