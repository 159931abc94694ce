//! The typed domain model: meetings and the values they are made of.

mod city;
mod country;
mod date;
mod meeting;
mod organisation;
mod party;
mod vocabulary;

pub use city::City;
pub use country::{Country, Region};
pub use date::{DateSpan, PartialDate};
pub use meeting::{Meeting, Participants};
pub use organisation::Organisation;
pub use party::{Party, PartyRole};
pub use vocabulary::{ActionArea, MeetingKind, Mode, Process, Role, Theme};
