"""CAMEO and PLOVER: every CAMEO code with its Goldstein value, QuadClass and PLOVER type,
mode and context, from the project's own table ``data/cameo.csv``.

- ``load_ontology() -> Ontology`` (cached); ``Ontology.get(code) -> CameoCode``.
"""

from .table import CameoCode, Ontology, load_ontology

__all__ = ["CameoCode", "Ontology", "load_ontology"]
