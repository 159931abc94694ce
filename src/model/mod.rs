//! The typed domain model: meetings and the values they are made of.

/// Serde for a type whose text form is its JSON form: serialises `Display`, deserialises
/// through `FromStr`.
macro_rules! text_serde {
    ($ty:ty) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
pub(crate) use text_serde;

mod city;
mod country;
mod date;
mod meeting;
mod organisation;
mod party;
pub(crate) mod set;
mod vocabulary;

pub use city::City;
pub use country::{Country, Region};
pub use date::{DateSpan, PartialDate};
pub use meeting::{Meeting, Participants};
pub use organisation::Organisation;
pub use party::{Party, PartyRole};
pub use set::{Roles, Set, SetIter, Vocabulary};
pub use vocabulary::{ActionArea, MeetingKind, Mode, Process, Role, Theme};
