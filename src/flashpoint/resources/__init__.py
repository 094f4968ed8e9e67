"""Loaders of the packaged data: the validating CSV reader (``datafiles``) and the word lists
(``words``). Each domain's own index (the actor knowledge base, the gazetteer, the trigger
lexicon, the CAMEO table) is built by its own package from these readers."""

from .datafiles import Row, data_path, files_hash, read_csv, shipped_data_hash
from .words import word_list, word_map, word_sequence

__all__ = ["Row", "data_path", "files_hash", "read_csv", "shipped_data_hash", "word_list", "word_map",
           "word_sequence"]
