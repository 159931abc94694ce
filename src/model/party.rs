//! `Party` and `PartyRole`: who played which part in a meeting.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Error;
use crate::model::{Country, Organisation, Role};

/// A country or an organisation that can play a role in a meeting.
///
/// Text form: a country by its English name, an organisation by its id (`"Spain"`,
/// `"ICMPD"`); parsing also reads codes and any name the lexicon knows.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Party {
    /// A country.
    Country(Country),
    /// An organisation.
    Organisation(Organisation),
}

impl Party {
    /// The country, if the party is one.
    pub fn country(&self) -> Option<Country> {
        match self {
            Party::Country(c) => Some(*c),
            Party::Organisation(_) => None,
        }
    }

    /// The organisation, if the party is one.
    pub fn organisation(&self) -> Option<&Organisation> {
        match self {
            Party::Country(_) => None,
            Party::Organisation(o) => Some(o),
        }
    }
}

impl From<Country> for Party {
    fn from(c: Country) -> Party {
        Party::Country(c)
    }
}

impl From<Organisation> for Party {
    fn from(o: Organisation) -> Party {
        Party::Organisation(o)
    }
}

impl fmt::Display for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Party::Country(c) => f.write_str(c.name()),
            Party::Organisation(o) => f.write_str(o.as_str()),
        }
    }
}

impl FromStr for Party {
    type Err = Error;

    /// Reads a known organisation's id or name, a country's code or name, or else the name
    /// of another organisation. Organisation ids win over country codes: `"AU"` is the
    /// African Union.
    ///
    /// # Errors
    /// Blank text.
    fn from_str(s: &str) -> Result<Party, Error> {
        let name = s.trim();
        if let Some(org) = crate::lexicon::organisation_named(name) {
            return Ok(Party::Organisation(org));
        }
        if let Ok(country) = name.parse::<Country>() {
            return Ok(Party::Country(country));
        }
        Organisation::named(name)
            .map(Party::Organisation)
            .ok_or_else(|| Error::unknown("party", s))
    }
}

/// A party together with the role it played: "Spain hosted".
///
/// JSON form, as in the record contract: `{"role": "host", "country": "ES"}` or
/// `{"role": "participant", "organisation": "ICMPD"}`. Text form: `host: Spain`.
///
/// ```
/// use rabat::{PartyRole, Role};
///
/// let pr: PartyRole = "co_chair: Morocco".parse()?;
/// assert_eq!(pr.role, Role::CoChair);
/// assert_eq!(pr.party.country().map(|c| c.alpha2()), Some("MA"));
/// assert_eq!(pr.to_string(), "co_chair: Morocco");
/// # Ok::<(), rabat::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "RoleRecord", try_from = "RoleRecord")]
pub struct PartyRole {
    /// The role played.
    pub role: Role,
    /// Who played it.
    pub party: Party,
}

impl PartyRole {
    /// `party` playing `role`.
    pub fn new(role: Role, party: impl Into<Party>) -> PartyRole {
        PartyRole {
            role,
            party: party.into(),
        }
    }
}

impl fmt::Display for PartyRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.role, self.party)
    }
}

impl FromStr for PartyRole {
    type Err = Error;

    /// Reads `ROLE: PARTY`.
    ///
    /// # Errors
    /// Text without a colon, an unknown role id, or a blank party.
    fn from_str(s: &str) -> Result<PartyRole, Error> {
        let (role, party) = s
            .split_once(':')
            .ok_or_else(|| Error::unknown("role assignment (expected \"ROLE: PARTY\")", s))?;
        Ok(PartyRole {
            role: role.parse()?,
            party: party.parse()?,
        })
    }
}

/// The JSON shape of a [`PartyRole`].
#[derive(Serialize, Deserialize)]
struct RoleRecord {
    role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    country: Option<Country>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    organisation: Option<Organisation>,
}

impl From<PartyRole> for RoleRecord {
    fn from(pr: PartyRole) -> RoleRecord {
        let (country, organisation) = match pr.party {
            Party::Country(c) => (Some(c), None),
            Party::Organisation(o) => (None, Some(o)),
        };
        RoleRecord {
            role: pr.role,
            country,
            organisation,
        }
    }
}

impl TryFrom<RoleRecord> for PartyRole {
    type Error = String;

    fn try_from(r: RoleRecord) -> Result<PartyRole, String> {
        let party = match (r.country, r.organisation) {
            (Some(c), None) => Party::Country(c),
            (None, Some(o)) => Party::Organisation(o),
            _ => return Err("a role needs exactly one of \"country\" and \"organisation\"".into()),
        };
        Ok(PartyRole {
            role: r.role,
            party,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_matches_the_record_contract() {
        let es = Country::from_alpha2("ES").unwrap();
        let host = PartyRole::new(Role::Host, es);
        assert_eq!(
            serde_json::to_string(&host).unwrap(),
            r#"{"role":"host","country":"ES"}"#
        );
        let org = PartyRole::new(Role::Participant, Organisation::Icmpd);
        let json = serde_json::to_string(&org).unwrap();
        assert_eq!(json, r#"{"role":"participant","organisation":"ICMPD"}"#);
        assert_eq!(serde_json::from_str::<PartyRole>(&json).unwrap(), org);
        let both = r#"{"role":"host","country":"ES","organisation":"EU"}"#;
        assert!(serde_json::from_str::<PartyRole>(both).is_err());
    }

    #[test]
    fn text_round_trips() {
        for text in [
            "host: Spain",
            "participant: ICMPD",
            "chair: AU",
            "guest: Lebanon",
        ] {
            let pr: PartyRole = text.parse().unwrap();
            assert_eq!(pr.to_string(), text);
        }
        let au: Party = "AU".parse().unwrap();
        assert_eq!(au, Party::Organisation(Organisation::Au));
        assert!("host Spain".parse::<PartyRole>().is_err());
    }
}
