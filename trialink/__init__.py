"""trialink: from registry IDs to trials, publications and outcomes, with evidence."""

from importlib.metadata import PackageNotFoundError, version

from trialink.errors import (
    DataQualityWarning,
    InvalidIdError,
    NotFoundError,
    OfflineError,
    ParseError,
    ParseWarning,
    RequestError,
    TrialinkError,
    TrialinkWarning,
    TruncatedResultsWarning,
    UnsupportedFormatError,
)
from trialink.errors import BadResponseError, NoNetworkError, PlaceholderIdError, ResponseTooLargeError
from trialink.http import make_session
from trialink.ids import REGISTRIES, IdMatch, RegistryId, find_ids, parse_id, parse_ids
from trialink.ids import is_placeholder
from trialink.identity import Identity, identity_evidence, identity_table, resolve_trials
from trialink.identity import IdentityConflict, IdentityEvidence, RecordRef
from trialink.link import evaluate_links, find_publications, link, trials_for
from trialink.lookup import Lookup, corpus_dir, corpus_trials, crosswalk, lookup_trials, trials
from trialink.model import (
    Accession,
    Arm,
    Endpoint,
    Estimate,
    Intervention,
    Provenance,
    Publication,
    Reference,
    SecondaryId,
    Trial,
)
from trialink.outcomes import assign_subjects, consistency_checks, extract_estimates, publication_estimates, registry_estimates
from trialink.outcomes import acronym_of, newest_records, reorient
from trialink.meta import Pooled, pool, pooled_effects, study_weights
from trialink.sources.ctgov import (
    CtgovClient,
    StudyBatch,
    parse_classic,
    parse_ctgov,
    parse_legacy_xml,
    parse_v2_page,
    parse_v2_study,
)
from trialink.sources.crossref import CrossrefClient, parse_crossref
from trialink.sources.ctis import CtisClient, parse_ctis
from trialink.sources.euctr import parse_euctr_csv, parse_euctr_json, parse_euctr_text
from trialink.sources.europepmc import EuropePmcClient, parse_europepmc, parse_europepmc_annotations
from trialink.sources.pubmed import PubmedBatch, PubmedClient, parse_medline_text, parse_pubmed_xml
from trialink.sources.local import parse_bytes, parse_file, read_publications, read_records, read_trials
from trialink.scan import SCAN_COLUMNS, scan_publications, scan_pubmed, scan_pubmed_file
from trialink.tables import (
    arms_table,
    design_table,
    discrepancies,
    estimates_table,
    outcome_table,
    registered_outcomes_table,
)
from trialink.tables import reorient_table
from trialink.plots import forest_plot, timeline_plot
from trialink.store import AddResult, Store, StoreLockedError, StoreVersionError, open_store
from trialink.sources.aact import AactImport, import_aact, read_aact

try:
    __version__ = version("trialink")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = [
    "__version__",
    # errors
    "TrialinkError", "InvalidIdError", "PlaceholderIdError", "RequestError", "NotFoundError", "OfflineError", "ParseError",
    "UnsupportedFormatError", "TrialinkWarning", "TruncatedResultsWarning", "DataQualityWarning", "ParseWarning",
    # ids
    "REGISTRIES", "RegistryId", "IdMatch", "find_ids", "parse_id", "parse_ids",
    # http
    "make_session",
    # model
    "Trial", "Arm", "Intervention", "Endpoint", "Reference", "SecondaryId", "Provenance", "Estimate",
    "Publication", "Accession",
    # outcomes
    "extract_estimates", "assign_subjects", "registry_estimates", "publication_estimates", "consistency_checks",
    # sources
    "CtgovClient", "StudyBatch", "parse_ctgov", "parse_v2_study", "parse_v2_page", "parse_legacy_xml",
    "parse_classic", "parse_bytes", "parse_file", "read_records", "read_trials", "read_publications",
    "PubmedClient", "PubmedBatch", "parse_pubmed_xml", "parse_medline_text", "EuropePmcClient", "parse_europepmc",
    "parse_europepmc_annotations",
    "CrossrefClient", "parse_crossref", "CtisClient", "parse_ctis", "parse_euctr_text", "parse_euctr_json",
    "parse_euctr_csv",
    # identity across registries
    "Identity", "resolve_trials", "identity_table", "identity_evidence",
    "IdentityEvidence", "IdentityConflict", "RecordRef",
    # linking
    "link", "trials_for", "evaluate_links", "find_publications",
    # lookup and tables
    "Lookup", "corpus_dir", "corpus_trials", "crosswalk", "lookup_trials", "trials", "design_table", "arms_table", "registered_outcomes_table",
    "outcome_table", "estimates_table", "discrepancies",
    # one trial once, direction, names; pooling; plots
    "newest_records", "reorient", "reorient_table", "acronym_of", "Pooled", "pool", "pooled_effects", "study_weights",
    "forest_plot", "timeline_plot",
    # record store and AACT
    "open_store", "Store", "AddResult", "StoreLockedError", "StoreVersionError", "import_aact", "read_aact",
    "AactImport",
    # PubMed baseline scan
    "scan_pubmed_file", "scan_pubmed", "scan_publications", "SCAN_COLUMNS",
]
__all__ += ["is_placeholder"]  # ids: documentation placeholders are not trials

# issue 15 (faults): the errors a misbehaving service or a missing network now raise.
__all__ += ["BadResponseError", "NoNetworkError", "ResponseTooLargeError"]

from trialink.http import is_offline  # noqa: E402
from trialink.lookup import seeds_dir  # noqa: E402

__all__ += ["is_offline", "seeds_dir"]  # notebooks: one offline rule, seeds by setting

# issue 16 (one client contract): the batch every client's get_many returns.
from trialink.sources._base import Batch  # noqa: E402

__all__ += ["Batch"]

# issue 16 (thin CLI): publications and links by ID, the tables the CLI prints.
from trialink.lookup import LinkLookup, PublicationLookup, corpus_publications, lookup_links, lookup_publications  # noqa: E402
from trialink.tables import mentions_table, publications_table  # noqa: E402

__all__ += ["LinkLookup", "PublicationLookup", "corpus_publications", "lookup_links", "lookup_publications",
            "mentions_table", "publications_table"]
