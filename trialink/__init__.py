"""trialink: from registry IDs to trials, publications and outcomes, with evidence."""

from importlib.metadata import PackageNotFoundError, version

from trialink.errors import (
    BadResponseError,
    DataQualityWarning,
    IdProblem,
    IncompleteResultsWarning,
    InvalidIdError,
    NoNetworkError,
    NotFoundError,
    OfflineError,
    ParseError,
    ParseProblem,
    ParseWarning,
    PlaceholderIdError,
    RequestError,
    RequestProblem,
    ResponseTooLargeError,
    TrialinkError,
    TrialinkWarning,
    TruncatedResultsWarning,
    UnsupportedFormatError,
)
from trialink.http import is_offline, make_session
from trialink.identity import (
    Identity,
    IdentityConflict,
    IdentityEvidence,
    RecordRef,
    identity_evidence,
    identity_table,
    resolve_trials,
)
from trialink.ids import REGISTRIES, IdMatch, RegistryId, find_ids, is_placeholder, parse_id, parse_ids
from trialink.link import evaluate_links, find_publications, link, trials_for
from trialink.lookup import (
    LinkLookup,
    Lookup,
    PublicationLookup,
    corpus_dir,
    corpus_publications,
    corpus_trials,
    crosswalk,
    lookup_links,
    lookup_publications,
    lookup_trials,
    seeds_dir,
    trials,
)
from trialink.meta import Pooled, pool, pooled_effects, study_weights
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
from trialink.outcomes import (
    acronym_of,
    assign_subjects,
    consistency_checks,
    extract_estimates,
    newest_records,
    publication_estimates,
    registry_estimates,
    reorient,
)
from trialink.plots import forest_plot, timeline_plot
from trialink.scan import SCAN_COLUMNS, scan_publications, scan_pubmed, scan_pubmed_file
from trialink.sources._base import Batch
from trialink.sources.aact import AactImport, import_aact, read_aact
from trialink.sources.crossref import CrossrefClient, parse_crossref
from trialink.sources.ctgov import (
    CtgovClient,
    StudyBatch,
    parse_classic,
    parse_ctgov,
    parse_legacy_xml,
    parse_v2_page,
    parse_v2_study,
)
from trialink.sources.ctis import CtisClient, parse_ctis
from trialink.sources.euctr import parse_euctr_csv, parse_euctr_json, parse_euctr_text
from trialink.sources.europepmc import EuropePmcClient, parse_europepmc, parse_europepmc_annotations
from trialink.sources.local import parse_bytes, parse_file, read_publications, read_records, read_trials
from trialink.sources.pubmed import PubmedBatch, PubmedClient, parse_medline_text, parse_pubmed_xml
from trialink.store import (
    AddResult,
    PendingDerivationWarning,
    Store,
    StoreLockedError,
    StoreReadOnlyError,
    StoreVersionError,
    open_store,
)
from trialink.tables import (
    arms_table,
    design_table,
    discrepancies,
    estimates_table,
    mentions_table,
    outcome_table,
    publications_table,
    registered_outcomes_table,
    reorient_table,
)

try:
    __version__ = version("trialink")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = [
    "__version__",
    # errors
    "TrialinkError", "InvalidIdError", "PlaceholderIdError", "RequestError", "NotFoundError", "OfflineError",
    "ParseError",
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
    "Lookup", "corpus_dir", "corpus_trials", "crosswalk", "lookup_trials", "trials", "design_table", "arms_table",
    "registered_outcomes_table",
    "outcome_table", "estimates_table", "discrepancies",
    # one trial once, direction, names; pooling; plots
    "newest_records", "reorient", "reorient_table", "acronym_of", "Pooled", "pool", "pooled_effects", "study_weights",
    "forest_plot", "timeline_plot",
    # record store and AACT
    "open_store", "Store", "AddResult", "StoreLockedError", "StoreVersionError", "import_aact", "read_aact",
    "AactImport",
    # PubMed baseline scan
    "scan_pubmed_file", "scan_pubmed", "scan_publications", "SCAN_COLUMNS",
    # ids: documentation placeholders are not trials
    "is_placeholder",
    # errors a misbehaving service or a missing network raise
    "BadResponseError", "NoNetworkError", "ResponseTooLargeError",
    # notebooks: one offline rule, seeds by setting
    "is_offline", "seeds_dir",
    # one client contract: the batch every client's get_many returns
    "Batch",
    # publications and links by ID, the tables the CLI prints
    "LinkLookup", "PublicationLookup", "corpus_publications", "lookup_links", "lookup_publications",
    "mentions_table", "publications_table",
    # closed vocabularies of what went wrong (fields, never message text)
    "IdProblem", "ParseProblem", "RequestProblem", "IncompleteResultsWarning", "StoreReadOnlyError",
    "PendingDerivationWarning",
]
