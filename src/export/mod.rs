//! Interchange: CSV for spreadsheets and dataframes, iCalendar for calendar programs. JSON
//! is serde's, on the model types; canonical text is `Display` on them.

mod csv;
#[cfg(feature = "ics")]
mod ics;

pub use csv::{read_csv, write_csv};
#[cfg(feature = "ics")]
pub use ics::write_ics;
