#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
// Library code never panics on input: no unwrap, expect, panic or unchecked indexing. Tests
// may use them.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::panic
    )
)]

mod archive;
mod diagnostic;
mod error;
mod export;
mod lexicon;
mod model;
mod parse;
mod query;
mod swar;
mod text;

pub use archive::{Archive, CoChairs};
pub use diagnostic::{Code, Diagnostic, LineIndex, Severity, Span};
pub use error::{Error, ErrorKind};
#[cfg(feature = "ics")]
pub use export::write_ics;
pub use export::{read_csv, write_csv};
pub use lexicon::{Resolved, find_names, resolve};
pub use model::{
    ActionArea, City, Country, DateSpan, Meeting, MeetingKind, Mode, Organisation, PartialDate,
    Participants, Party, PartyRole, Process, Region, Role, Roles, Set, SetIter, Theme, Vocabulary,
};
pub use parse::{
    Parsed, Parser, parse_announcement, parse_bytes, parse_page, parse_pages, parse_stream,
};
pub use query::{Condition, Query};
