//! `rabat` turns announcements of the Rabat Process (the Euro-African Dialogue on Migration
//! and Development) and its sister dialogues into typed, queryable data: who hosted, who
//! chaired, where, when, on which theme, with whom.
//!
//! ```
//! use rabat::{Role, Theme};
//!
//! let page = "Madrid, 1-2 July 2019, hosted by Spain and co-chaired by Morocco.\n\
//!     The Rabat Process organised a Technical Meeting on border management in Madrid, \
//!     Spain. It gathered 80 participants representing 33 partner countries.";
//! let parsed = rabat::parse_page(page);
//! let meeting = &parsed.meetings[0];
//! assert_eq!(meeting.country.map(|c| c.alpha2()), Some("ES"));
//! assert_eq!(meeting.start().map(|d| d.to_string()).as_deref(), Some("2019-07-01"));
//! assert!(meeting.involves("MA".parse()?, Some(Role::CoChair)));
//! assert!(meeting.themes.contains(&Theme::BorderManagement));
//! assert_eq!(meeting.participants.and_then(|p| p.people), Some(80));
//! # Ok::<(), rabat::Error>(())
//! ```
//!
//! # What is here
//! - The model: [`Meeting`], [`Country`], [`Organisation`], [`Party`] and [`PartyRole`],
//!   [`Role`], [`Theme`] and its [`ActionArea`], [`MeetingKind`], [`Process`], [`Mode`],
//!   [`Participants`], and dates as precise as the text gives them ([`PartialDate`],
//!   [`DateSpan`]). Each closed vocabulary reads and writes the ids of the record contract,
//!   and every type serialises (serde) to the JSON records users and tools exchange.
//! - The parser: [`parse_page`] for a page of many announcements, [`parse_announcement`]
//!   (or `str::parse::<Meeting>`) for one, and [`Parser`] for strict parsing. The grammar
//!   it accepts is in the docs of [`parse_page`]'s module, reproduced in the README.
//! - Errors and diagnostics: one [`Error`] type for what fails, and [`Diagnostic`]s with
//!   byte [`Span`]s for what a lenient parse skipped or guessed.

#![deny(missing_docs)]

mod diagnostic;
mod error;
mod lexicon;
mod model;
mod parse;
mod text;

pub use diagnostic::{Code, Diagnostic, Severity, Span};
pub use error::{Error, ErrorKind};
pub use lexicon::{Resolved, find_names, resolve};
pub use model::{
    ActionArea, City, Country, DateSpan, Meeting, MeetingKind, Mode, Organisation, PartialDate,
    Participants, Party, PartyRole, Process, Region, Role, Theme,
};
pub use parse::{Parsed, Parser, parse_announcement, parse_page};

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
struct ReadmeDoctests;
