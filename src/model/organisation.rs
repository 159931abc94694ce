//! `Organisation`: the organisations of the record contract, and any other by name.

use std::fmt;
use std::str::FromStr;

use crate::Error;

macro_rules! organisations {
    ($( $(#[$doc:meta])* $variant:ident => $id:literal, $full:literal; )+) => {
        /// An organisation that takes part in meetings.
        ///
        /// The well-known ones have their own variant and a canonical id (`"ICMPD"`,
        /// `"World Bank"`); any other is kept by name, without a leading "the". Text and JSON
        /// forms are the id or the name; parsing also accepts full names and aliases
        /// (`"International Centre for Migration Policy Development"`, `"CEDEAO"`).
        ///
        /// ```
        /// use rabat::Organisation;
        ///
        /// let org: Organisation = "Mixed Migration Centre".parse()?;
        /// assert_eq!(org, Organisation::Mmc);
        /// assert_eq!(org.to_string(), "MMC");
        /// let other: Organisation = "the Sahel Institute".parse()?;
        /// assert_eq!(other, Organisation::Other("Sahel Institute".into()));
        /// # Ok::<(), rabat::Error>(())
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Organisation {
            $( $(#[$doc])* $variant, )+
            /// Any other organisation, by its name as written.
            Other(String),
        }

        impl Organisation {
            /// The organisations with a canonical id.
            pub const KNOWN: &'static [Organisation] = &[$(Organisation::$variant),+];

            /// The canonical id, or the name of an [`Organisation::Other`].
            pub fn as_str(&self) -> &str {
                match self {
                    $(Organisation::$variant => $id,)+
                    Organisation::Other(name) => name,
                }
            }

            /// The full name: `"International Centre for Migration Policy Development"`.
            pub fn full_name(&self) -> &str {
                match self {
                    $(Organisation::$variant => $full,)+
                    Organisation::Other(name) => name,
                }
            }
        }
    };
}

organisations! {
    /// The European Union, its delegations included.
    Eu => "EU", "European Union";
    /// The European Commission.
    EuropeanCommission => "European Commission", "European Commission";
    /// The Economic Community of West African States (CEDEAO).
    Ecowas => "ECOWAS", "Economic Community of West African States";
    /// The African Union and its Commission.
    Au => "AU", "African Union";
    /// The International Centre for Migration Policy Development, the dialogue's secretariat.
    Icmpd => "ICMPD", "International Centre for Migration Policy Development";
    /// The International Organization for Migration.
    Iom => "IOM", "International Organization for Migration";
    /// The Office of the United Nations High Commissioner for Refugees.
    Unhcr => "UNHCR", "United Nations High Commissioner for Refugees";
    /// The United Nations Office on Drugs and Crime.
    Unodc => "UNODC", "United Nations Office on Drugs and Crime";
    /// The International Labour Organization.
    Ilo => "ILO", "International Labour Organization";
    /// The Food and Agriculture Organization of the United Nations.
    Fao => "FAO", "Food and Agriculture Organization";
    /// The United Nations Development Programme.
    Undp => "UNDP", "United Nations Development Programme";
    /// The United Nations Children's Fund.
    Unicef => "UNICEF", "United Nations Children's Fund";
    /// The World Bank.
    WorldBank => "World Bank", "World Bank";
    /// The African Development Bank.
    Afdb => "AfDB", "African Development Bank";
    /// The European Border and Coast Guard Agency.
    Frontex => "Frontex", "European Border and Coast Guard Agency";
    /// The International Criminal Police Organization.
    Interpol => "Interpol", "International Criminal Police Organization";
    /// The European Union Agency for Law Enforcement Cooperation.
    Europol => "Europol", "European Union Agency for Law Enforcement Cooperation";
    /// The Mixed Migration Centre.
    Mmc => "MMC", "Mixed Migration Centre";
    /// Seefar, a social enterprise working on migration.
    Seefar => "SEEFAR", "Seefar";
    /// The Spanish International and Ibero-American Foundation for Administration and Public
    /// Policies.
    Fiiapp => "FIIAPP", "International and Ibero-American Foundation for Administration and Public Policies";
    /// The United Nations Convention to Combat Desertification.
    Unccd => "UNCCD", "United Nations Convention to Combat Desertification";
}

impl Organisation {
    /// An organisation named `name`: the known one it names, or an `Other` with the name
    /// trimmed and without a leading "the". `None` for a blank name.
    pub(crate) fn named(name: &str) -> Option<Organisation> {
        let name = strip_article(name.trim());
        if name.is_empty() {
            return None;
        }
        Some(crate::lexicon::organisation_named(name).unwrap_or_else(|| {
            let mut single = String::with_capacity(name.len());
            for word in name.split_whitespace() {
                if !single.is_empty() {
                    single.push(' ');
                }
                single.push_str(word);
            }
            Organisation::Other(single)
        }))
    }
}

fn strip_article(name: &str) -> &str {
    match name.get(..4) {
        Some(the) if the.eq_ignore_ascii_case("the ") => name.get(4..).unwrap_or("").trim_start(),
        _ => name,
    }
}

impl fmt::Display for Organisation {
    /// Writes the canonical id, or the name of any other organisation.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Organisation {
    type Err = Error;

    /// Reads an id, full name or alias of a known organisation; any other non-blank text is
    /// kept as the name of an [`Organisation::Other`].
    ///
    /// # Errors
    /// Blank text.
    fn from_str(s: &str) -> Result<Organisation, Error> {
        Organisation::named(s).ok_or_else(|| Error::unknown("organisation", s))
    }
}

crate::model::text_serde!(Organisation);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_aliases() {
        for org in Organisation::KNOWN {
            assert_eq!(org.as_str().parse::<Organisation>().unwrap(), *org);
            assert_eq!(org.full_name().parse::<Organisation>().unwrap(), *org);
        }
        assert_eq!(
            "cedeao".parse::<Organisation>().unwrap(),
            Organisation::Ecowas
        );
        assert_eq!(
            "EU Delegation".parse::<Organisation>().unwrap(),
            Organisation::Eu
        );
        assert_eq!(
            "The  Sahel   Institute ".parse::<Organisation>().unwrap(),
            Organisation::Other("Sahel Institute".into())
        );
        assert!("  ".parse::<Organisation>().is_err());
    }

    #[test]
    fn json_is_the_id() {
        let json = serde_json::to_string(&Organisation::WorldBank).unwrap();
        assert_eq!(json, r#""World Bank""#);
        let back: Organisation = serde_json::from_str(r#""icmpd""#).unwrap();
        assert_eq!(back, Organisation::Icmpd);
    }
}
