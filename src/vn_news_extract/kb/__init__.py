"""The archive as a knowledge base: facts of many articles joined up after a batch.

- ``locations``: the place a percentage is about (also used when a record is built);
- ``indicators``: a percentage's indicator text -> a code of the vocabulary in ``data/kb/indicators.json``;
- ``persons``: officials of many articles -> one person each (name, gender, province, body);
- ``documents``: document mentions -> one registry key per document;
- ``build``: the incremental step over a database (tables in ``sinks/kb_tables.py``).
"""
