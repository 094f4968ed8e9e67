"""Document-level context: what an article says about itself, for the stages that need it.

The dateline ("NAIROBI, Kenya (AP) —": the place the story was filed from), the outlet's country
(``data/outlets.csv``), the article's main country (the one its places and actors name most, when
one clearly dominates) and its topic (sports, business or entertainment stories, whose attacks and
battles are not political events). The actor resolver falls back on them, in that order after a
place of the sentence, for a group named by its kind only ("police", "the army", "protesters").

Modules: ``article`` (the ``Article`` record and ``read_article``), ``dateline`` (the country of a
dateline), ``outlets`` (outlet -> country), ``main_country`` (the dominant country of a count),
``topic`` (the topic guard).
"""

from .article import Article, read_article
from .main_country import main_country

__all__ = ["Article", "read_article", "main_country"]
