"""Extraction → RDF: namespaces and IRI minting (`namespaces`), one named graph per article (`mapping`; see
ontology/MAPPING.md). The package itself imports neither, so a reader of the store (the web process) that needs only
the namespaces does not load the mapping and the ingest modules behind it."""
