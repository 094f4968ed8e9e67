"""CAMEO and PLOVER: every CAMEO code with its Goldstein value, QuadClass and PLOVER type,
mode and context, from the project's own table ``data/cameo.csv``.

- ``load_ontology() -> Ontology`` (cached); ``Ontology.get(code) -> CameoCode``.
"""

from .table import PLOVER_CONTEXTS, PLOVER_MODES, PLOVER_TYPES, CameoCode, Ontology, load_ontology, read_table

__all__ = ["CameoCode", "Ontology", "load_ontology", "read_table", "PLOVER_TYPES", "PLOVER_MODES",
           "PLOVER_CONTEXTS"]
